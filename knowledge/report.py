"""Reading a report file: encoding, header lines, date, paragraphs and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from knowledge.lexicon import Lexicon, default_lexicon
from knowledge.text import clean, fold


class ReportError(ValueError):
    """A report cannot be read as text; the message names the file."""


@dataclass
class Sentence:
    text: str
    paragraph: int
    index: int  # position in the whole report
    folded: str = ""

    def __post_init__(self) -> None:
        self.folded = fold(self.text)


@dataclass
class Report:
    """A report split into header facts and sentences."""

    name: str
    date: str | None  # "YYYY-MM" or "YYYY-MM-DD", from the header
    headline: str | None
    lang: str
    # the article's address, from a `url https://...` header line (a news feed gives it)
    url: str | None = None
    # the town of a dateline opening the story ("GENK - Racing Genk speelt ..."), if any
    dateline: str | None = None
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def season(self) -> str | None:
        """The cup season the report date falls in (a season runs summer to spring)."""
        return season_of(self.date)


def season_of(date: str | None) -> str | None:
    """'2018-02' -> '2017-18'; '2017-12-13' -> '2017-18'; None stays None."""
    if not date:
        return None
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 1
    start = year if month >= 7 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


# Bytes no text file holds: NUL and the other C0 controls except tab, line feed, form feed
# and carriage return, and DEL. One of them anywhere: binary content (an image, a PDF, a
# UTF-16 file, a database), refused.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A well-formed UTF-8 multi-byte sequence (two, three or four bytes).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                            rb"|[\xe1-\xef][\x80-\xbf]{2}|\xf0[\x90-\xbf][\x80-\xbf]{2}"
                            rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# The five bytes Windows-1252 leaves undefined.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# At most this share of a cp1252 text's characters lie outside ASCII (Western European text
# has an accented letter or a curly quote here and there; another encoding has many).
CP1252_MAX_NON_ASCII = 0.1
_HIGH_BYTES = bytes(range(0x80, 0x100))


def decode(data: bytes, name: str) -> str:
    """Bytes to text, or a ReportError naming the file.

    - Binary content anywhere (a NUL byte or another control byte no text holds) is refused.
    - UTF-8 is read strictly; a byte-order mark at the start is dropped.
    - Windows-1252 (what old Windows editors save) only when the bytes say so: not UTF-8, no
      well-formed UTF-8 sequence anywhere (a file mixing the two is damaged, not cp1252), none
      of the five bytes cp1252 leaves undefined, and at most one character in ten outside
      ASCII. Anything else is refused as not UTF-8, naming the first bad byte.
    """
    binary = _BINARY.search(data)
    if binary:
        raise ReportError(f"{name}: not a text file (binary content: byte "
                          f"0x{data[binary.start()]:02X} at offset {binary.start()})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _cp1252(data)
        if text is None:
            raise ReportError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02X} at offset "
                              f"{exc.start}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReportError(f"{name}: the file is empty")
    return text


def _cp1252(data: bytes) -> str | None:
    """The text of bytes that are Windows-1252 by the rule of `decode`, else None."""
    if _UTF8_SEQUENCE.search(data) or _CP1252_UNDEFINED.search(data):
        return None
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high > CP1252_MAX_NON_ASCII * len(data):
        return None
    return data.decode("cp1252")


_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\s*", re.IGNORECASE)
_URL_LINE = re.compile(r"^\s*url\s+(https?://\S+)\s*$", re.IGNORECASE)
_TIME_LINE = re.compile(r"^\s*\d{1,2}\s*[u:h.]\s*\d{2}\s*$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
# "17 maart", "le 17 mars 2018", "28. Januar 2032", "17 March, 2018" (folded text)
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:e|er|ste|de|th|st|nd|rd)?\.?\s+([a-z]{3,10})\.?"
                        r"(?:,?\s+(\d{4})(?!\d))?")
# "GENK - ", "BRUSSEL – ", "SAINT-TROND - ": a town in capitals opening the story.
_DATELINE = re.compile(r"^\s*([A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'.-]+(?: [A-Z\u00C0-\u00DE'.-]+)?)"
                       r"\s+-\s+(?=\S)")


def parse_date_line(line: str, lexicon: Lexicon) -> str | None:
    """'06 februari 2018' / 'le 9 mai 2019' / 'Tuesday 6 February 2018' -> ISO date."""
    folded = fold(line).strip().rstrip(".")
    numeric = _NUMERIC_DATE.match(folded)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if len(line) > 60 or len(folded.split()) > 9:
        return None
    dated = explicit_dates(folded, lexicon, None)
    return dated[0][1] if dated else None


def explicit_dates(folded: str, lexicon: Lexicon, season: str | None) -> list[tuple[int, str]]:
    """(position, ISO date) for "17 maart", "le 17 mars 2018", "8 February"; without a year,
    the year follows from the season (July-December: its first year), or there is no date."""
    out = []
    for m in _DAY_MONTH.finditer(folded):
        month = lexicon.months.get(m.group(2))
        day = int(m.group(1))
        if not month or not 1 <= day <= 31:
            continue
        if m.group(3):
            year = int(m.group(3))
        elif season:
            start = int(season[:4])
            year = start if month >= 7 else start + 1
        else:
            continue
        out.append((m.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    return out


def _date_in(line: str, lexicon: Lexicon) -> str | None:
    """The first full date in a line, written out ("10 novembre 2022") or in digits
    ("20/01/2028")."""
    folded = fold(line)
    dated = explicit_dates(folded, lexicon, None)
    if dated:
        return dated[0][1]
    m = re.search(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)", folded)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _is_header_line(line: str, lexicon: Lexicon) -> bool:
    folded = fold(line).strip()
    if _TIME_LINE.match(folded):
        return True
    first = folded.split(" ", 1)[0].rstrip(":")
    if first in lexicon.source_prefixes and ":" in folded[:12]:
        return True
    # "Publié le 20/01/2028 à 23h12", "Gepubliceerd op 5 mei": a dated publication line
    if any(folded.startswith(p) for p in lexicon.published_prefixes) and len(line) < 80 \
            and re.search(r"\d", folded):
        return True
    return first in lexicon.author_prefixes and len(line.split()) <= 6 and not line.endswith(".")


# A live-blog entry: a minute ("77'", "45+2'", "12.") or a clock time ("22u41 |", "21:47 |").
_LIVE_ENTRY = re.compile(r"^\s*(?:(\d{1,3})(?:\+(\d{1,2}))?(?:'|\u2032|\.|e| min\.?)\s*\|?"
                         r"|(\d{1,2})[uh:](\d{2})\s*\|)\s")


# A full stop before a capital; or glued to it after a lower-case word, as scraped pages
# join their paragraphs ("... de terugmatch.Het was Jansen die ...")
_SENTENCE_END = re.compile(
    r"[.!?]+[\"')\]]*(?:\s+|(?<=[a-z\u00DF-\u00FF]{3}[.!?])(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'\u2019]))"
    r"(?=[\"'(\[]?[A-Z\u00C0-\u00DE0-9])")


def split_sentences(paragraph: str, lexicon: Lexicon) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations, initials and "(20.)" intact.
    A live-blog entry ("16' GOAL! 1-0! Seck kopt binnen.") stays one unit: its minute
    belongs to everything in it."""
    if _LIVE_ENTRY.match(paragraph):
        return bounded(paragraph.strip())
    out: list[str] = []
    start = 0
    # Each test looks at the end of the text before a candidate full stop only (a bounded
    # window, or a run of word characters scanned backwards), never at all of it: a
    # paragraph of thousands of initials ("J. J. J. ...") is read in linear time.
    for m in _SENTENCE_END.finditer(paragraph):
        end = m.start()
        before = paragraph[max(start, end - 12):end]  # enough for "(123+45", "(123."
        last = _run_before(paragraph, start, end, dots=True).lower()
        # "J. Peeters", "St. Truiden", "(20.) Seck": not the end of a sentence.
        if (len(last) == 1 and last.isalpha()) or last.rstrip(".") in lexicon.abbreviations:
            continue
        if re.search(r"\(\d{1,3}\.$", before) or re.search(r"\d+\.$", before) and \
                re.match(r"\s*\d", paragraph[m.end():m.end() + 80]):
            continue
        if re.search(r"\(\d{1,3}(?:\+\d{1,2})?$", before) and m.group(0).startswith(".)"):
            continue  # "Paul Onuachu (17.) kon ...": a minute, not the end of a sentence
        # "in der 109. Minute", "am 28. Januar": a German ordinal, not a full stop
        number = _word_before_number(paragraph, start, end)
        if number and fold(number) in lexicon.ordinal_number_words and \
                m.group(0).startswith("."):
            continue
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [piece for sentence in out for piece in bounded(sentence)]


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def _run_before(text: str, lo: int, hi: int, dots: bool = False) -> str:
    """The run of word characters (and dots) ending at `hi`, not before `lo`: what
    `[\\w.]+$` finds in text[lo:hi]."""
    i = hi
    while i > lo and (_is_word_char(text[i - 1]) or dots and text[i - 1] == "."):
        i -= 1
    return text[i:hi]


def _word_before_number(text: str, lo: int, hi: int) -> str | None:
    """The word of "am 28" ending at `hi`: group 1 of `(\\w+)\\s+\\d{1,3}$` in text[lo:hi]."""
    i = hi
    while i > lo and text[i - 1].isdecimal():
        i -= 1
    if not 1 <= hi - i <= 3:
        return None
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == i:
        return None
    return _run_before(text, lo, j) or None


# A sentence longer than this is no sentence a reporter writes (the longest in our reports
# has about 300 characters): it is read in pieces of at most this length, cut at a comma,
# semicolon or space, so the work per sentence stays bounded however long a line is.
MAX_SENTENCE = 1000


def bounded(sentence: str, limit: int = MAX_SENTENCE) -> list[str]:
    """A sentence in pieces of at most `limit` characters (one piece when it is shorter)."""
    out = []
    while len(sentence) > limit:
        window = sentence[:limit]
        cut = max(window.rfind(", "), window.rfind("; "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut >= limit // 2 else limit
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        out.append(sentence)
    return [s for s in out if s]


def _scoreboards(text: str, lexicon: Lexicon) -> str:
    """A site's score widget scraped into the text ("Lierse LIE LIE 1 einde 2 MON MON RAEC
    Mons") reads as the score it shows, between the clubs' names ("Lierse 1-2 RAEC Mons")."""
    widget = _scoreboard_widget(lexicon)
    return widget.sub(lambda m: f"{m.group(2)}-{m.group(3)}", text) if widget else text


@cache
def _scoreboard_widget(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Each club's code twice around the goals and the word for full time (built once per
    lexicon); None when the lexicon names no such word."""
    if not lexicon.scoreboard_end_words:
        return None
    ends = "|".join(re.escape(w) for w in lexicon.scoreboard_end_words)
    return re.compile(rf"\b([A-Z]{{2,4}}) \1 (\d{{1,2}}) (?:{ends}) (\d{{1,2}}) "
                      rf"([A-Z]{{2,4}}) \4\b")


def read_report(data: bytes, name: str, lexicon: Lexicon | None = None) -> Report:
    """Parse a report's bytes: header (address, date, headline, author, time, source) and
    sentences."""
    lexicon = lexicon or default_lexicon()
    text = _scoreboards(clean(decode(data, name)), lexicon)
    date: str | None = None
    url: str | None = None
    lines = text.split("\n")
    # Header: a `url https://...` line and a `date YYYY-MM` prefix (the text may continue on
    # the same line), in either order.
    while lines and (not lines[0].strip() or _URL_LINE.match(lines[0])):
        found_url = _URL_LINE.match(lines.pop(0))
        url = found_url.group(1) if found_url else url
    if lines:
        m = _DATE_PREFIX.match(lines[0])
        if m:
            year, month, day = m.groups()
            date = f"{year}-{month}" + (f"-{day}" if day else "")
            lines[0] = lines[0][m.end():]
    headline: str | None = None
    body: list[str] = []
    in_header = True
    for line in lines:
        stripped = line.strip()
        if in_header:
            if not stripped:
                continue
            found_url = _URL_LINE.match(stripped)
            if found_url:
                url = url or found_url.group(1)
                continue
            found = parse_date_line(stripped, lexicon)
            if found:
                if not date or found.startswith(date):
                    date = found
                continue
            if _is_header_line(stripped, lexicon):
                # "Publié le 20/01/2028 à 23h12": a publication line may carry the date
                date = date or _date_in(stripped, lexicon)
                continue
            # "Geplaatst door redactie X - woensdag 8 december 2027, 20u15": a byline
            # with the date in it
            byline = explicit_dates(fold(stripped), lexicon, None)
            if headline is not None and byline and len(stripped) < 110 and \
                    not stripped.endswith((".", "!", "?")):
                date = date or byline[0][1]
                continue
            # A headline: a short line without final punctuation before the body.
            if headline is None and len(stripped) < 120 and not stripped.endswith((".", "!", "?",
                                                                                     ":")):
                headline = stripped
                continue
            in_header = False
        if _is_header_line(stripped, lexicon) and len(stripped) < 40:
            continue
        body.append(line)
    report = Report(name=name, date=date, headline=headline,
                    lang=lexicon.detect_language(text), url=url)
    for i, line in enumerate(body):
        if line.strip():
            dateline = _DATELINE.match(line)
            if dateline:
                report.dateline = dateline.group(1).strip()
                body[i] = line[dateline.end():]
            break
    paragraphs = _paragraphs(body)
    if headline:
        paragraphs.insert(0, [headline])
    for p_no, para_lines in enumerate(paragraphs):
        for line in para_lines:
            for sentence in split_sentences(line, lexicon):
                report.sentences.append(Sentence(sentence, p_no, 0))
    _chronological(report.sentences)
    for index, sentence in enumerate(report.sentences):
        sentence.index = index
    return report


# A live entry's minute stamp alone on its line: "1", "45+2", "90'".
_MINUTE_STAMP = re.compile(r"\d{1,3}(?:\s?\+\s?\d{1,2})?'?")


def is_minute_stamp(text: str) -> bool:
    """A line that is only a live entry's minute ("1", "45+2", "90'")."""
    return _MINUTE_STAMP.fullmatch(text.strip()) is not None


def is_live_entry(text: str) -> bool:
    """A live-blog entry: a line opened by a minute ("77'") or a clock time ("22u41 |")."""
    return _LIVE_ENTRY.match(text) is not None


def _entry_time(text: str) -> int | None:
    """Minutes since kick-off of a live-blog entry (clock times count from midnight)."""
    m = _LIVE_ENTRY.match(text)
    if not m:
        return None
    if m.group(1):
        return int(m.group(1)) + int(m.group(2) or 0)
    return 10_000 + int(m.group(3)) * 60 + int(m.group(4))


def _chronological(sentences: list[Sentence]) -> None:
    """A live blog with the newest entry on top is read bottom-up, as the match went."""
    slots = [i for i, s in enumerate(sentences) if _entry_time(s.text) is not None]
    times = [_entry_time(sentences[i].text) for i in slots]
    steps = [b - a for a, b in zip(times, times[1:], strict=False)]
    if len(slots) < 3 or sum(d < 0 for d in steps) <= sum(d > 0 for d in steps):
        return
    entries = [sentences[i] for i in slots]
    for i, entry in zip(slots, reversed(entries), strict=True):
        sentences[i] = entry


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Blank lines split paragraphs; inside one, a line that ends a sentence (or is a
    live-blog entry) stays its own unit, while a wrapped line joins the next."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and not re.search(r"[.!?:\"')]$", current[-1]) and line[:1].islower():
            current[-1] = f"{current[-1]} {line}"
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs
