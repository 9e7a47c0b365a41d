"""Strategies for the core model: spans, documents and hostile Unicode text."""

from __future__ import annotations

from hypothesis import strategies as st

from vndiplo.model import Document, Span

__all__ = ["documents", "spans", "unicode_texts"]

#: Characters that break naive text code: NBSP, zero-width and bidi marks, combining marks,
#: line and paragraph separators, a BOM, CR, tabs, and Vietnamese letters in both forms.
_NASTY = "\u00a0\u200b\u200e\u202e\u0301\u0323\u2028\u2029\ufeff\r\t\n"
_VIETNAMESE = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ"


def unicode_texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any Unicode text, weighted towards Vietnamese letters, digits, dates' punctuation and
    the invisible characters that break offset arithmetic."""
    alphabet = st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(_NASTY + _VIETNAMESE + "0123456789/-.,:() "),
    )
    return st.text(alphabet, max_size=max_size)


@st.composite
def spans(draw: st.DrawFn, text_length: int) -> Span:
    """A valid span into a text of ``text_length`` characters."""
    start = draw(st.integers(0, text_length))
    end = draw(st.integers(start, text_length))
    return Span(start, end)


def documents(texts: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Document]:
    """Bare documents (no annotations yet) over ``texts`` (default: :func:`unicode_texts`)."""
    return st.builds(
        Document,
        text=texts if texts is not None else unicode_texts(),
        id=st.none() | st.text(max_size=10),
        url=st.none() | st.just("https://example.vn/a.html"),
    )
