"""Article text in, attributed quotations out: a pipeline of small named steps."""

from __future__ import annotations

import re
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from spacy.language import Language
from spacy.pipeline.tok2vec import Tok2VecListener
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from .attribution import Attribution, Attributor
from .cast import Cast, Person
from .copy_keys import copy_keys
from .furniture import blank_furniture
from .marks import QuotedSpan, find_quoted_spans, paragraphs, previous_paragraph
from .mentions import Mention
from .names import CleanName, Kind, clean_name, kind_of, role_before
from .parallel import can_fork, ordered_map
from .records import LookupKeys, Quote
from .selection import evidence_for, is_nickname, is_quotation, quote_kind
from .utterance import group_keys
from .vocabulary import CARRIED_OVER, CUED, Method, Where

C = TypeVar("C")

# Bump when extraction changes: articles extracted by an older version are redone on ingest.
EXTRACTOR_VERSION = "13"


@dataclass
class Found:
    """A quoted span on its way through the steps."""

    span: QuotedSpan
    attribution: Attribution
    person: Person | None = None
    speaker: str | None = None
    method: Method | None = None


def resolve(found: Found, cast: Cast, previous: Found | None) -> None:
    """Step: turn the attribution's mention into a person and a display name."""
    a = found.attribution
    m = a.mention
    if m is None:
        return
    person = None
    if m.kind == "name":
        person = cast.by_name(m)
        found.method = Method.NAME
    elif m.kind == "pronoun":
        person = cast.by_pronoun(m, prefer=previous.person if previous else None)
        found.method = Method.PRONOUN
    else:
        person = cast.by_description(m)
        found.method = Method.DESCRIPTION
    if person is not None:
        person = cast.complete(person)
    found.person = person
    found.speaker = person.name if person else None
    if person is None and m.kind == "description":
        # someone the article does not name (`a nurse at the home says`, `the tribunal ruled`):
        # the speaker is the description as the article gives it
        found.speaker = cast.described(m)


# quotations whose speaker a quotation without a cue after them may take
CARRIED_FROM = CUED | {Where.CONTINUATION, Where.ADJACENT}
# the end of a sentence outside a quotation: a stop and a space, not `,"`
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def carry_over(items: list[Found], text: str, cast: Cast) -> None:
    """Step: a quotation with no attribution of its own takes its neighbour's.

    The source is the nearest quotation before it, in its paragraph or, for one that opens its
    paragraph, the one before, whose attribution rests on a cue; the mention is the speaker's
    latest mention there. A whole sentence quoted after the writer's own sentences takes the
    quotation before it in its paragraph only when the writer's sentences since made no one
    else their subject; else those sentences say whose it is (reported_by).
    """
    for k, f in enumerate(items):
        if f.attribution.mention is not None:
            continue
        if f.attribution.where == Where.CONTINUATION and not f.span.opens_paragraph(text):
            # a whole sentence quoted after the writer's own: the quotation just before it in
            # the paragraph when no one else became the subject since (`"...," Trump said.
            # "Could be worse."`), else whoever those sentences report
            before = next((p for p in reversed(items[:k]) if p.span.para_start == f.span.para_start), None)
            if before is None or not before.speaker or before.attribution.where not in CARRIED_FROM:
                reported_by(f, text, cast)
                continue
            # the writer's sentences after the one that credits the quotation before
            end = _SENTENCE_END.search(text, before.span.end, f.span.open_mark)
            since = cast.last_subject(end.end(), f.span.open_mark) if end else None
            if since is not None and since is not before.person:
                reported_by(f, text, cast)
                continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        source: Found | None = None
        how: Method | None = None
        if nxt is not None and nxt.span.para_start == f.span.para_start and nxt.attribution.where in CUED:
            gap = text[(f.span.close_mark + 1) if f.span.close_mark is not None else f.span.end : nxt.span.open_mark]
            if not gap.strip(" ,"):
                source, how = nxt, Method.ADJACENT
        if source is None:
            previous_para = previous_paragraph(text, f.span.para_start)
            allowed = {f.span.para_start}
            if f.attribution.where == Where.CONTINUATION and previous_para:
                allowed.add(previous_para[0])
            for prev in reversed(items[:k]):
                if prev.span.para_start not in allowed:
                    break
                if prev.speaker and prev.attribution.where in CARRIED_FROM:
                    source, how = prev, Method.CONTINUATION
                    break
        if source is None:
            reported_by(f, text, cast)
            continue
        mention = source.attribution.mention
        if source.person is not None and how == Method.CONTINUATION:
            lo = previous_paragraph(text, f.span.para_start)
            last = cast.last_mention(source.person, lo[0] if lo else 0, f.span.open_mark)
            if last is not None and (mention is None or last[0] > mention.start):
                mention = Mention(text[last[0] : last[1]], last[0], last[1], "name", -1)
        # the carried attribution's `where` says how it came, as the method does
        f.attribution = Attribution(
            mention, source.attribution.cue, Where(how), source.attribution.confidence * CARRIED_OVER
        )
        f.person, f.speaker, f.method = source.person, source.speaker, how


def reported_by(f: Found, text: str, cast: Cast) -> None:
    """Step: a quotation with no cue and no quoted neighbour continues the person the writer
    was reporting just before it (`Okafor says the rota was built for that. "When we run
    short ..."`): the last person or organisation a subject in its paragraph before it, or
    else in the paragraph before. A quotation after the writer's own sentences in its
    paragraph takes only their subject, of an active verb (`Brell was sacked on Sunday. "It is
    the right decision."` is no one's we can tell)."""
    if f.attribution.where != Where.CONTINUATION:
        return
    opens = f.span.opens_paragraph(text)
    person = cast.last_subject(f.span.para_start, f.span.open_mark, active=not opens)
    if person is None and opens:
        previous_para = previous_paragraph(text, f.span.para_start)
        if previous_para:
            person = cast.last_subject(previous_para[0], f.span.para_start)
    if person is None:
        return
    last = cast.last_mention(person, 0, f.span.open_mark)
    mention = Mention(text[last[0] : last[1]], last[0], last[1], "name", -1) if last else None
    f.attribution = Attribution(mention, None, Where.CONTINUATION, f.attribution.confidence * CARRIED_OVER)
    f.person, f.speaker, f.method = person, person.name, Method.CONTINUATION


def parse_input(text: str, spans: list[QuotedSpan]) -> str:
    """Step: the text the parser needs to see, offsets unchanged.

    Only the lede, the paragraphs with a quotation and the ones before them (where
    attributions and colon introductions live), and the line after a quotation left
    open (a credit line) are kept, and of a long quotation only its ends; the rest is
    blanked to spaces, which the tokenizer folds into one cheap token. Half of an
    article's words are never parsed.
    """
    quoting = {s.para_start for s in spans}
    text = blank_furniture(text, quoting)  # headings, credits and furniture name no speaker
    paras = paragraphs(text)
    # a quotation left open at its paragraph's end: the next one continues or credits it
    open_at_end = {s.para_start for s in spans if s.open_ended}
    # the lede, where people are introduced with their titles: the first two real paragraphs
    keep = set([k for k, (a, b) in enumerate(paras) if len(text[a:b].split()) >= 10][:2])
    for k, (start, _) in enumerate(paras):
        if start in quoting:
            keep.update((k - 1, k))
            # a caption, a `WATCH:` line or a heading between the quotation and the paragraph
            # that introduces its speaker
            if k >= 2 and len(text[paras[k - 1][0] : paras[k - 1][1]].split()) < SHORT_PARAGRAPH_WORDS:
                keep.add(k - 2)
        if start in open_at_end:
            keep.add(k + 1)
    chars = list(text)
    for k, (start, end) in enumerate(paras):
        if k not in keep:
            chars[start:end] = " " * (end - start)
    # the middle of a long quotation: the parser attaches a quotation to its cue by the
    # words next to its marks, and nothing outside depends on the rest
    for s in spans:
        words = [m.span() for m in _WORD.finditer(text, s.start, s.end)]
        if len(words) > 2 * QUOTE_EDGE_WORDS + 4:
            cut_from, cut_to = words[QUOTE_EDGE_WORDS - 1][1], words[-QUOTE_EDGE_WORDS][0]
            chars[cut_from:cut_to] = " " * (cut_to - cut_from)
    return "".join(chars)


# A paragraph this short is furniture or a one-line quotation: the one before it is parsed too.
SHORT_PARAGRAPH_WORDS = 25

# Words kept at each end of a long quotation. On dev, 8 parses 10% fewer words than
# whole quotations and credits as well (attrib_f1 0.8888 -> 0.8897); 6 starts to cost.
QUOTE_EDGE_WORDS = 8
_WORD = re.compile(r"\S+")


def ner_input(parsed: str, spans: list[QuotedSpan], doc: Doc) -> str:
    """Step: the entity recogniser's input, from the parsed doc: the parse input with the
    quotations blanked (speakers are named outside quotation marks), and of the rest only
    the words within NER_REACH of a word that can start or be a name. It is the costliest
    component, and this leaves it 71,050 tokens of dev's 140,601 parsed."""
    chars = list(parsed)
    for s in spans:
        chars[s.start : s.end] = " " * (s.end - s.start)
    # a proper noun, or a capitalised word that is no stop word (a rare surname the tagger took
    # for a noun), with its reach on both sides, across sentence ends
    reach: set[int] = set()
    for tok in doc:
        if (tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_stop)) and chars[tok.idx] != " ":
            reach.update(range(max(0, tok.i - NER_REACH), min(len(doc), tok.i + NER_REACH + 1)))
    for tok in doc:
        if tok.i not in reach:
            chars[tok.idx : tok.idx + len(tok.text)] = " " * len(tok.text)
    return "".join(chars)


# The small model's recogniser sees a word through four layers of one-word windows: its vector
# of a name is made of the four words each side and no others, so blanking beyond them leaves
# it as it was. Side by side with whole sentences that hold a proper noun (the step before,
# one process, bench noise included): 96,214 -> 71,050 tokens, the recogniser's CPU on dev
# 10.8-11.1 s -> 7.5-8.7 s; dev and dev-ggt scores and the seeds unchanged, 9 of dev's 2,569
# speakers named otherwise (5 now right, 4 now wrong). Windows cut at sentence ends, or around
# proper nouns alone, lost names (a sentence-initial surname tagged NOUN) and 3 of 19 seeds.
NER_REACH = 4


def parse(nlp: Language, texts: list[str], spans: list[list[QuotedSpan]]) -> Iterator[Doc]:
    """Parse each text's parse input as one batch; entities come from its NER input."""
    inputs = [parse_input(text, s) for text, s in zip(texts, spans)]
    batch = max(len(inputs), 1)
    if "ner" not in nlp.pipe_names or _listens(nlp.get_pipe("ner")):
        # a recogniser that reads a shared tok2vec (a transformer model) runs in the one pass
        yield from nlp.pipe(inputs, batch_size=batch)
        return
    docs = list(nlp.pipe(inputs, batch_size=batch, disable=["ner"]))
    found = nlp.get_pipe("ner").pipe(
        (nlp.make_doc(ner_input(p, s, doc)) for p, s, doc in zip(inputs, spans, docs)), batch_size=batch
    )
    for doc, entities in zip(docs, found):
        # both texts have the same characters wherever there can be a name: entities align by offset
        aligned = (doc.char_span(e.start_char, e.end_char, e.label_, alignment_mode="expand") for e in entities.ents)
        doc.set_ents(filter_spans([span for span in aligned if span is not None]), default="outside")
        yield doc


def _listens(component) -> bool:
    """Whether a component reads another component's tok2vec instead of its own."""
    model = getattr(component, "model", None)
    return model is not None and any(isinstance(node, Tok2VecListener) for node in model.walk())


def extract(text: str, nlp: Language) -> list[Quote]:
    """Every quotation in the text with its speaker."""
    quotes = extract_batch(nlp, [text])[0]
    if isinstance(quotes, Exception):
        raise quotes
    return quotes


# Characters in one batch. The parse's memory grows with the batch's text, not its count:
# eight articles of 498,000 characters in one batch peaked at 13.1 GB. This lets one
# article at the limit (500,000) alone, and leaves news-length batches (8 x ~5,000) as they were.
MAX_BATCH_CHARS = 500_000


def batches(pairs: Iterable[tuple[str, C]], batch_size: int, batch_chars: int) -> Iterator[list[tuple[str, C]]]:
    """The pairs in order, in batches of at most `batch_size` texts and `batch_chars`
    characters (a longer text goes alone)."""
    batch: list[tuple[str, C]] = []
    chars = 0
    for pair in pairs:
        if batch and (len(batch) == batch_size or chars + len(pair[0]) > batch_chars):
            yield batch
            batch, chars = [], 0
        batch.append(pair)
        chars += len(pair[0])
    if batch:
        yield batch


def extract_many(
    pairs: Iterable[tuple[str, C]],
    nlp: Language,
    batch_size: int = 8,
    n_process: int = 1,
    batch_chars: int = MAX_BATCH_CHARS,
    with_copy_keys: bool = False,
) -> Iterator[tuple[list[Quote] | Extracted | Exception, C]]:
    """(quotes, context) for many (text, context) pairs, in order, extracted in batches
    (in worker processes when n_process > 1). One text's failure is yielded, not raised.
    with_copy_keys: an Extracted instead of the quotes, the text's look-up keys for syndicated
    copies worked out beside them, in the worker (1.6 s of dev's 302 articles off the writer).

    Small batches: as fast as larger ones here, a third of the memory (a batch of 32
    peaked at 790 MB, 8 at about 300 MB), and every worker gets work; bounded by
    characters too, since memory follows the text (bench/memory.py)."""
    held: deque[list[C]] = deque()  # contexts (open files, database state) never leave this process

    def texts() -> Iterator[list[str]]:
        for batch in batches(pairs, batch_size, batch_chars):
            held.append([context for _, context in batch])
            yield [text for text, _ in batch]

    if n_process > 1 and not can_fork():
        warnings.warn(
            "worker processes need the fork start method (Linux, macOS): extracting in one process", stacklevel=2
        )
        n_process = 1
    if n_process == 1:
        results: Iterable[list] = (extract_batch(nlp, batch, with_copy_keys) for batch in texts())
    else:
        results = ordered_map(partial(_extract_batch_in_worker, with_copy_keys=with_copy_keys), texts(), nlp, n_process)
    try:
        for quotes in results:
            yield from zip(quotes, held.popleft())
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process died (out of memory? killed?); what was stored is kept, run again to go on"
        ) from None


class WorkerDied(RuntimeError):
    """A worker process ended mid-batch: the run cannot go on."""


@dataclass
class Extracted:
    """One text's quotations and its look-up keys for syndicated copies (ingest/copy_keys.py),
    both worked out where it was parsed."""

    quotes: list[Quote]
    copy_keys: LookupKeys


def extract_batch(nlp: Language, texts: list[str], with_copy_keys: bool = False) -> list:
    """Each text's quotes (an Extracted with_copy_keys), or the exception its extraction
    raised, parsed as one batch. A batch the parse fails on is done again a text at a time,
    so one bad text fails alone."""
    results = _quotes_of_batch(nlp, texts)
    if not with_copy_keys:
        return results
    return [r if isinstance(r, Exception) else Extracted(r, copy_keys(text)) for r, text in zip(results, texts)]


def _quotes_of_batch(nlp: Language, texts: list[str]) -> list[list[Quote] | Exception]:
    try:
        spans = [find_quoted_spans(text) for text in texts]
        quoting = [k for k, s in enumerate(spans) if s]
        docs = list(parse(nlp, [texts[k] for k in quoting], [spans[k] for k in quoting]))
    except Exception as e:  # noqa: BLE001 -- reported against its article by the caller
        if len(texts) == 1:
            return [e]
        return [result for text in texts for result in _quotes_of_batch(nlp, [text])]
    results: list[list[Quote] | Exception] = [[] for _ in texts]
    for k, doc in zip(quoting, docs):
        try:
            quotes = analyse(texts[k], spans[k], doc)
        except Exception as e:  # noqa: BLE001 -- reported against its article by the caller
            results[k] = e
            continue
        for q in quotes:
            # here, in the worker process, so the one writer only looks them up (it spent 40%
            # of its time on MinHash keys before)
            q.group_keys = group_keys(q.quote)
        results[k] = quotes
    return results


def _extract_batch_in_worker(nlp: Language, texts: list[str], with_copy_keys: bool = False) -> list:
    """extract_batch, its exceptions made plain (type and message): any exception
    crosses back from a worker process, whatever its class needs to be rebuilt."""
    return [
        RuntimeError(f"{type(r).__name__}: {r}") if isinstance(r, Exception) else r
        for r in extract_batch(nlp, texts, with_copy_keys)
    ]


def _kind(name: str, person: Person | None, head: Token | None, role: str | None) -> Kind:
    """What the cast knows (an organisation; a place speaks as its government), else an organisation
    by its name's last word, or by the recogniser's label when the article gives no title or gender
    that makes it a person; else a person."""
    if (person is not None and person.kind in ("organisation", "place")) or kind_of(name) == "organisation":
        return "organisation"
    if person is not None and person.kind == "person":
        return "person"
    if head is None or head.ent_type_ not in ("ORG", "GPE", "NORP") or role or (person is not None and person.gender):
        return "person"
    # the small model tags rare surnames ORG or GPE: one capitalised word alone is taken for a person
    # unless written in capitals (`NATO`)
    entity = [
        t for t in head.doc[max(0, head.i - 4) : head.i + 1] if t.ent_iob_ != "O" and t.ent_type_ == head.ent_type_
    ]
    return "organisation" if name.isupper() or len(entity) > 1 else "person"


def _described_speaker(text: str) -> bool:
    """A description fit for the speaker column: on one line, led by an article (`a nurse at
    the home`, `the tribunal`), not by a possessive (`her campaign`) or a number (`One man`)."""
    words = text.split()
    return "\n" not in text and len(words) > 1 and words[0].lower() in ("a", "an", "the")


def analyse(text: str, spans: list[QuotedSpan], doc: Doc) -> list[Quote]:
    """Steps after the parse: attribute, resolve, carry over, select."""
    # names are read from the text too, never from its furniture and headings, and without the
    # nickname inside a name: `Mark "Tiny" Oduya` is Mark Oduya
    nicknames = [(s.open_mark, s.close_mark + 1) for s in spans if is_nickname(text, s)]
    parsed = doc.text  # joins every token: once, for both
    cast = Cast(
        doc, [(s.start, s.end) for s in spans], blank_furniture(text, {s.para_start for s in spans}, nicknames), parsed
    )
    attributor = Attributor(doc, spans, parsed)
    items: list[Found] = []
    for k, span in enumerate(spans):
        found = Found(span, attributor.attribute(k))
        resolve(found, cast, items[-1] if items else None)
        items.append(found)
    carry_over(items, text, cast)
    quotes = []
    titles: set[str] = set()  # works the article has named, so a later mention of one is not a quotation
    for f in items:
        cued = f.attribution.cue is not None or f.attribution.where in (Where.DASH, Where.COLON)
        if not is_quotation(text, f.span, evidence_for(doc, f.span, attributor.outside, cued), titles):
            continue
        s = f.span
        a = f.attribution
        m = a.mention
        person = f.person
        # the name as the article names it: never across a line or a sentence, its title in the role
        name = clean_name(f.speaker) if f.speaker else None
        described = m is not None and (m.kind == "description" or (person is not None and person.described))
        unnamed = name is None or (person is not None and person.described)
        if unnamed and f.speaker and described and _described_speaker(f.speaker):
            # someone the article never names, stored as it describes them (`a nurse at the home`),
            # also where a pronoun points back to them (`The ministry's office ... It urged`)
            name = CleanName(f.speaker)
        role = sorted(person.roles)[0] if person and person.roles else (m.role if m else None)
        if name and not role:
            # `Union Chief Executive, Mara Voss, said`: a title set off by commas before the name
            role = next(
                filter(None, (role_before(text, k.start()) for k in re.finditer(re.escape(name.name), text))), None
            )
        aliases = (
            sorted({c.name for c in map(clean_name, person.aliases) if c and name and c.name != name.name})
            if person
            else []
        )
        quotes.append(
            Quote(
                quote=text[s.start : s.end],
                start=s.start,
                end=s.end,
                kind=quote_kind(text, s),
                speaker=name.name if name else None,
                speaker_start=m.start if m else None,
                speaker_end=m.end if m else None,
                mention=m.text if m else None,
                cue=a.cue.text if a.cue is not None else None,
                cue_start=a.cue.idx if a.cue is not None else None,
                cue_end=a.cue.idx + len(a.cue.text) if a.cue is not None else None,
                method=f.method,
                confidence=round(a.confidence, 2),
                context=text[s.para_start : s.para_end],
                context_start=s.para_start,
                speaker_role=role or (name.role if name else None),
                speaker_kind=_kind(name.name, person, doc[m.head] if m and m.head >= 0 else None, role)
                if name
                else None,
                speaker_aliases=aliases,
            )
        )
    return quotes
