"""Sino-Vietnamese (Hán-Việt) syllables and the Mandarin (pinyin) readings they stand for.

One Vietnamese syllable reads many characters, and those characters are read differently in
Mandarin ("Cương" is 剛 gang and 疆 jiang, "Thanh" is 清 qing and 聲 sheng), so a syllable maps
to a set of readings. The table covers the common Chinese family names and the syllables that
recur in given names; it is general (a syllable, never a person) and grows by syllable.
Readings are pinyin without tones, "ü" written "u" (as most English-language outlets print
"Lu" and "Nu"). Keys are lower case, NFC, with the new tone placement ("hòa", "thủy").
"""

from __future__ import annotations

from typing import Final

__all__ = ["HANVIET_READINGS"]

# "syllable=reading/reading", grouped loosely by the pinyin initial of the first reading.
_TABLE: Final = """
an=an ân=en/yin ấn=yin âm=yin ẩn=yin ngân=yin dẫn=yin doãn=yin nhân=ren/yin
ba=ba/bo bá=ba/bo bác=bo bạc=bo bách=bai/bo bạch=bai bái=bai/pei ban=ban bản=ben bang=bang
bàng=pang bành=peng bằng=peng bảo=bao bao=bao bão=bao bát=ba bắc=bei bối=bei bội=bei
bân=bin tân=xin/bin bật=bi tất=bi bích=bi bỉ=bi biên=bian biện=bian biểu=biao binh=bing
bính=bing bỉnh=bing băng=bing bột=bo bộ=bu bố=bu bồ=pu phổ=pu phác=pu/piao bồi=pei phái=pai
cải=gai can=gan cam=gan cán=gan cương=gang/jiang cang=gang cảng=gang cao=gao cáo=gao ca=ge
cách=ge các=ge cát=ge/ji canh=geng cảnh=jing/geng công=gong cung=gong củng=gong cẩu=gou
cổ=gu cố=gu cốc=gu quán=guan quan=guan quản=guan quang=guang quảng=guang quy=gui quý=gui
quế=gui cổn=gun quốc=guo quách=guo quả=guo
cơ=ji cấp=ji tập=xi/ji tịch=xi tế=ji kế=ji kỷ=ji kỉ=ji ký=ji kí=ji cực=ji tích=ji/xi kê=ji
gia=jia giả=jia giá=jia giáp=jia kiên=jian kiến=jian kiện=jian giản=jian tiễn=jian gian=jian
giám=jian giang=jiang khương=jiang tưởng=jiang tướng=jiang giao=jiao giáo=jiao tiêu=xiao/jiao/biao
kiều=qiao kiệt=jie khiết=jie giới=jie giai=jie tiết=xue/jie tiệp=jie kim=jin cẩm=jin
cận=jin tiến=jin tấn=jin/xun cân=jin kinh=jing tinh=jing/xing tĩnh=jing tịnh=jing kính=jing
tỉnh=jing/xing quýnh=jiong cửu=jiu cứu=jiu cúc=ju cử=ju cư=ju cự=ju cục=ju quyên=juan
quyết=jue giác=jue quân=jun tuấn=jun quận=jun
khải=kai khai=kai khang=kang kháng=kang khảo=kao khả=ke khắc=ke khoa=ke khẩn=ken
khổng=kong không=kong khoan=kuan khuê=kui khôi=kui khôn=kun côn=kun khuếch=kuo khoát=kuo
lạp=la lai=lai lại=lai lan=lan lam=lan lãm=lan lãng=lang lang=lang lạc=le/luo lão=lao
lôi=lei lỗi=lei lệ=li lê=li lý=li lí=li lợi=li lực=li lập=li lật=li lịch=li lễ=li ly=li
liêm=lian liên=lian luyện=lian lương=liang lượng=liang lạng=liang liệt=lie lâm=lin lân=lin
lẫm=lin linh=ling lĩnh=ling lăng=ling lệnh=ling lưu=liu liễu=liu long=long lũng=long
lâu=lou lỗ=lu lộ=lu lộc=lu lục=lu lư=lu lữ=lu lã=lu luật=lu luân=lun la=luo
mã=ma mãn=man mạn=man mao=mao mạo=mao mậu=mao mai=mei mỹ=mei mĩ=mei môi=mei mông=meng
mạnh=meng mễ=mi mật=mi miên=mian miễn=mian diệu=yao/miao miêu=miao dân=min mẫn=min
minh=ming mặc=mo mạc=mo mục=mu mộc=mu mẫu=mu mộ=mu
nạp=na nại=nai nam=nan năng=neng nghê=ni niên=nian niệm=nian ninh=ning ngưng=ning
nông=nong nữ=nu
âu=ou
khâm=qin cầm=qin tần=qin kỳ=qi kì=qi khởi=qi tề=qi khí=qi thê=qi thất=qi thiên=qian/tian
khiêm=qian tiền=qian thiển=qian cường=qiang thanh=qing/sheng khánh=qing
tình=qing khuynh=qing quỳnh=qiong khâu=qiu thu=qiu cầu=qiu khúc=qu khu=qu khuất=qu
toàn=quan quyền=quan tuyền=quan thuyên=quan quần=qun
nhiên=ran nhiễm=ran nhượng=rang nhiêu=rao nhiệt=re nhậm=ren nhiệm=ren nhẫn=ren nhận=ren
nhật=ri vinh=rong dung=rong nhung=rong nhu=rou như=ru nhữ=ru nhuận=run duệ=rui thụy=rui
nhuế=rui nhuệ=rui nhược=ruo
tát=sa tam=san tang=sang sâm=sen sắc=se sa=sha sơn=shan thiện=shan sán=shan thượng=shang
thương=shang thiếu=shao thiệu=shao xã=she xá=she thân=shen thâm=shen thần=shen/chen thẩm=shen
thận=shen sinh=sheng thánh=sheng thăng=sheng thạnh=sheng thịnh=sheng thắng=sheng
thi=shi thế=shi sĩ=shi sỹ=shi sư=shi thạch=shi thực=shi thời=shi thì=shi sử=shi thức=shi
thị=shi thập=shi thủ=shou thọ=shou thụ=shu thư=shu thục=shu thúc=shu thuật=shu thuận=shun
thủy=shui tư=si/zi tứ=si tự=si/xu/zi tống=song tùng=song/cong tố=su tô=su túc=su toại=sui
tuy=sui tôn=sun
thái=cai/tai tài=cai đàm=tan thản=tan đường=tang thang=tang đào=tao
đằng=teng điền=tian điềm=tian đình=ting thông=tong đồng=tong đổng=dong thổ=tu đồ=tu
đoàn=tuan
ô=wu ngô=wu vũ=yu/wu võ=wu ngũ=wu ngộ=wu vụ=wu vật=wu vương=wang uông=wang vọng=wang
vượng=wang vạn=wan vãn=wan oản=wan uy=wei vi=wei vĩ=wei vỹ=wei vị=wei vệ=wei ngụy=wei
duy=wei văn=wen ôn=wen vấn=wen ổn=wen ông=weng
tây=xi hy=xi hi=xi hỷ=xi hỉ=xi hề=xi hạ=xia hiệp=xie/xia tiên=xian hiền=xian
hiến=xian hiển=xian tiểu=xiao hiếu=xiao hiểu=xiao hiệu=xiao tường=xiang tương=xiang
hương=xiang hưởng=xiang hướng=xiang hạng=xiang tạ=xie tâm=xin tín=xin hân=xin hưng=xing
hạnh=xing hình=xing hùng=xiong huynh=xiong tú=xiu tu=xiu hưu=xiu tuyết=xue học=xue
tuân=xun tuần=xun huân=xun huấn=xun tuyên=xuan huyên=xuan huyền=xuan huyễn=xuan
triền=xuan/chan từ=ci/xu hứa=xu
nha=ya nhã=ya á=ya nham=yan nghiên=yan nghiêm=yan nghiễm=yan diễn=yan diên=yan yến=yan
yên=yan nhạn=yan ngạn=yan diêm=yan nhan=yan dương=yang dưỡng=yang ương=yang dao=yao
diêu=yao yêu=yao dạ=ye dã=ye nghiệp=ye diệp=ye nghị=yi nghĩa=yi ích=yi dật=yi di=yi
nhất=yi ý=yi ức=yi nghệ=yi dịch=yi y=yi anh=ying ánh=ying oanh=ying doanh=ying dĩnh=ying
ưng=ying vĩnh=yong dũng=yong ung=yong dụng=yong ưu=you hữu=you du=you/yu hựu=you do=you
dư=yu ngu=yu ngọc=yu ngữ=yu ngư=yu dục=yu dụ=yu vu=yu ư=yu úc=yu dự=yu
uyên=yuan viên=yuan nguyên=yuan nguyện=yuan viện=yuan viễn=yuan việt=yue nhạc=yue
nguyệt=yue vân=yun vận=yun uẩn=yun
tại=zai tái=zai tán=zan tảo=zao tạo=zao táo=zao tắc=ze trạch=ze tăng=zeng tặng=zeng
chiêm=zhan triển=zhan chiến=zhan trạm=zhan chương=zhang trương=zhang trường=chang/zhang
chiêu=zhao chiếu=zhao triệu=zhao triều=chao/zhao triết=zhe trinh=zhen trân=zhen chân=zhen
chấn=zhen chẩn=zhen chính=zheng chánh=zheng chinh=zheng chứng=zheng trịnh=zheng chí=zhi
trí=zhi chi=zhi chỉ=zhi chức=zhi trị=zhi trực=zhi chấp=zhi chất=zhi chế=zhi trung=zhong
trọng=zhong chúng=zhong chung=zhong chu=zhou/zhu châu=zhou chư=zhu chúc=zhu trúc=zhu
chủ=zhu trụ=zhu trú=zhu chuyên=zhuan tráng=zhuang trang=zhuang truy=zhui trác=zhuo
tử=zi tông=zong tung=zong/song tổ=zu toản=zuan tối=zui tả=zuo tá=zuo tác=zuo
sài=chai xương=chang xướng=chang thường=chang siêu=chao sào=chao trình=cheng thành=cheng
thừa=cheng trần=chen trì=chi xích=chi xỉ=chi sung=chong xung=chong
sùng=chong xuyên=chuan truyền=chuan xuân=chun thuần=chun thứ=ci thôi=cui thúy=cui
tồn=cun thôn=cun tào=cao sầm=cen xa=che
đại=da đạt=da đan=dan đán=dan đảng=dang đạo=dao đức=de đăng=deng đặng=deng địch=di
đế=di đệ=di điển=dian điện=dian đinh=ding đỉnh=ding định=ding đông=dong động=dong
đẩu=dou đậu=dou độ=du đỗ=du đốc=du đoan=duan đôn=dun đa=duo đoạt=duo đạc=duo đới=dai
đái=dai ngạc=e nga=e nhi=er nhĩ=er
phát=fa pháp=fa phàm=fan phạm=fan phan=pan/fan phiên=fan phương=fang phóng=fang
phòng=fang phi=fei phỉ=fei phí=fei phân=fen phấn=fen phong=feng phụng=feng phượng=feng
phùng=feng phật=fo phu=fu phù=fu phú=fu phúc=fu phục=fu phụ=fu phó=fu
hải=hai hàn=han hán=han hàm=han hàng=hang hạo=hao hảo=hao hào=hao hác=hao hà=he hòa=he
hợp=he hạc=he hách=he hắc=hei hằng=heng hành=heng hồng=hong hoành=hong hoằng=hong
hầu=hou hậu=hou hồ=hu hỗ=hu hổ=hu hộ=hu hoa=hua hóa=hua họa=hua hoạch=hua hoài=huai
hoàn=huan hoán=huan hoan=huan hoàng=huang huy=hui huệ=hui tuệ=hui hội=hui hồi=hui hồn=hun
hoạt=huo hỏa=huo hoắc=huo
bình=ping phiêu=piao phẩm=pin bần=pin tần=qin/pin bào=pao phao=pao bồn=pen nghi=yi
tham=chen/can/tan thâm=shen/chen sâm=sen/shen trầm=chen xung=chong tằng=ceng
"""


def _parse(table: str) -> dict[str, frozenset[str]]:
    readings: dict[str, set[str]] = {}
    for entry in table.split():
        syllable, _eq, spelled = entry.partition("=")
        readings.setdefault(syllable, set()).update(spelled.split("/"))
    return {syllable: frozenset(found) for syllable, found in readings.items()}


#: Each Sino-Vietnamese syllable with the pinyin readings of the characters it stands for.
HANVIET_READINGS: Final = _parse(_TABLE)
