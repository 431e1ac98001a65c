"""The people of one article, and resolving a mention to one of them.

A surname resolves to the full name the article gives it (`Ushakov` -> `Yuri Ushakov`),
a pronoun to the nearest fitting person outside quotations, a description
(`the mayor`) to the person the article gave that role.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.attrs import DEP, ENT_TYPE, LOWER, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

from .cues import HONORIFIC_GENDER, PRONOUNS, SPEAKER_NOUNS, SPEECH_VERBS, TITLES
from .mentions import Mention, is_title, joins_name, split_name
from .names import FIRST_NAMES, is_organisation_word, name_key

# capitalised words that start sentences or headlines, never a first name
_NOT_NAMES = frozenset(
    "the a an but and or so as at in on of for to by with from when while after before if then this that these those it he she they we i his her their our".split()
)


# Head nouns of a description that make what it describes an organisation
# (`Dixon Hall, a non-profit agency`; `the utility said`).
ORGANISATION_NOUNS = frozenset(
    """
    agency company firm organization organisation group charity nonprofit non-profit utility ministry
    department union association corporation business bank network newspaper paper outlet broadcaster
    retailer chain manufacturer maker operator provider team club party government authority board
    council commission office institute foundation university college school hospital court tribunal
    service insurer lender carrier airline regulator watchdog coalition alliance federation league
    administration embassy consulate police force army military secretariat bureau unit division
    """.split()
)

# Heads of a description that fit any organisation (`the utility`, `the firm`); any other
# (`the tribunal`, `the union`) only one with that word in its name.
GENERIC_ORGANISATION_NOUNS = frozenset(
    """
    agency company firm organization organisation group utility business operator provider team club
    charity nonprofit non-profit corporation carrier insurer lender retailer chain manufacturer maker
    broadcaster network outlet newspaper paper airline
    """.split()
)

_FUNCTION_WORDS = frozenset("the a an of for at with from in on and to its his her their 's ’s".split())

# Nouns of what an organisation issues: `the statement said` speaks for its issuer.
DOCUMENT_NOUNS = frozenset(
    "statement release post email letter memo notice report filing bulletin advisory decision ruling judgment".split()
)

# Head nouns of a description of a person (beyond the speaking roles of cues.SPEAKER_NOUNS).
PERSON_NOUNS = frozenset(
    """
    engineer nurse teacher driver farmer fisher fisherman fisherwoman defenceman defenseman forward goalie
    goaltender rookie captain veteran mother father mayor councillor coach player pilot doctor
    physician surgeon scientist expert officer resident owner neighbour neighbor survivor victim
    witness retiree pensioner shopkeeper baker chef singer artist writer director producer actor
    """.split()
)

# Head nouns of a description that may speak: cues' speaker nouns, people's and organisations'.
_SPEAKING_HEADS = SPEAKER_NOUNS | PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS

# Role nouns that tell a person's gender in the article's own words.
GENDERED_NOUNS = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "businesswoman": "f",
    "congresswoman": "f",
    "councilwoman": "f",
    "actress": "f",
    "mother": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "grandmother": "f",
    "woman": "f",
    "girl": "f",
    "widow": "f",
    "aunt": "f",
    "niece": "f",
    "queen": "f",
    "princess": "f",
    "spokesman": "m",
    "chairman": "m",
    "businessman": "m",
    "congressman": "m",
    "councilman": "m",
    "actor": "m",
    "father": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "grandfather": "m",
    "man": "m",
    "boy": "m",
    "widower": "m",
    "uncle": "m",
    "nephew": "m",
    "king": "m",
    "prince": "m",
}

# Pronouns outside quotations that tell the gender of the person they point back to.
_GENDERED_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


# How far back (characters) `they` looks for the group it means: the sentence or the one before.
_GROUP_REACH = 300

# How far ahead (in characters of distance, with the bonuses of _nearest) the person a pronoun
# is given must be of the next candidate for the pronoun to tell that person's gender.
_CLEAR_MARGIN = 200
_KNOWN_GENDER = 250


@functools.lru_cache(maxsize=4096)
def _pattern(before: str, words: str, after: str) -> re.Pattern[str]:
    """A pattern around words taken literally, compiled once a process: names and role words
    recur from article to article, and compiling them each time (re's own cache holds 512,
    fewer than one pass over dev.jsonl makes) took 0.5-1.0 s of the analysis's 13.6 s under
    cProfile."""
    return re.compile(before + re.escape(words) + after)


@dataclass
class Person:
    """Someone or something the article names: a person, an organisation, or a place."""

    name: str
    kind: str | None = None  # person | organisation | place; None: not told, read as a person
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    role_words: set[str] = field(default_factory=set)
    gender: str | None = None
    positions: list[tuple[int, bool]] = field(default_factory=list)  # (offset, is subject)
    spans: list[tuple[int, int]] = field(default_factory=list)  # mentions outside quotations
    described: bool = False  # known only by a description (`the foreign ministry's office`), never named

    def last_before(self, offset: int) -> int:
        """Where the person was last mentioned up to offset; -1 if not yet."""
        return max((o for o, _ in self.positions if o <= offset), default=-1)


class Cast:
    """Who is named in one article."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], source: str | None = None, parsed: str | None = None):
        self.doc = doc
        # Doc.text joins every token on each access: read it once (`parsed`: read already)
        self.text = parsed if parsed is not None else doc.text
        self.source = source if source is not None else self.text  # the full text, unparsed parts too
        self._title_cache: dict[str, list[tuple[str, str]]] = {}
        self.quoted = sorted(quoted)  # spans in order, never overlapping
        self._quote_starts = [s for s, _ in self.quoted]
        self.people: dict[str, list[Person]] = {}
        self._index(doc)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_entity(ent)
        self._add_name_runs()
        for ent in doc.ents:
            if ent.label_ == "ORG":
                self._add_organisation(ent)
        self._add_known_surnames()
        self._add_organisation_mentions()
        self._vote_genders()
        self._pronouns: dict[int, Person | None] = {}
        self._token_at: dict[int, object] | None = None
        self._follow_subjects()

    def _index(self, doc: Doc) -> None:
        """The tokens the scans below start from, read from the doc's arrays: scanning every
        token, blanked paragraphs included, the analysis of dev made 1.7 million Token objects
        (cProfile); with these and Doc.text read once, 0.9 million."""
        strings = doc.vocab.strings
        pos, dep, ent, lower = (doc.to_array(attr).tolist() for attr in (POS, DEP, ENT_TYPE, LOWER))
        subject = {strings.add("nsubj"), strings.add("nsubjpass")}
        person = strings.add("PERSON")
        self._subjects = [i for i, d in enumerate(dep) if d in subject]
        # proper nouns outside a PERSON entity
        self._proper = [p == PROPN and e != person for p, e in zip(pos, ent)]
        # the hyphen of a double-barrelled name keeps its run whole (`Temitope Adewale-Rourke`):
        # cut at the hyphen, the person was lost to `she` (bench/heldout by name attrib_f1
        # 0.8808 -> 0.8946; dev's and dev-ggt's predictions unchanged). Keeping such names one
        # token in the tokenizer instead was worse: the small model then tags few as names.
        for i in range(1, len(pos) - 1):
            if self._proper[i - 1] and self._proper[i + 1] and joins_name(doc[i]):
                self._proper[i] = True
        gendered = {strings.add(w) for w in _GENDERED_PRONOUNS}
        self._gendered = [i for i, w in enumerate(lower) if w in gendered]

    def _add_name_runs(self) -> None:
        """Names the small model's NER misses (`Mayor Helena Varga` tagged ORG): runs of proper
        nouns that follow a title or act as a subject or apposition."""
        doc = self.doc
        proper = self._proper
        i = 0
        while i < len(doc):
            if not proper[i]:
                i += 1
                continue
            j = i
            while j < len(doc) and proper[j] and "\n" not in doc[j].whitespace_:
                j += 1
            j = max(j, i + 1)
            run = [t for t in doc[i:j] if t.text not in ("'s", "’s")]
            i = j
            role, name = split_name(run)
            # one word alone, a double-barrelled one too (`Kiplagat-Finn`), is a surname the
            # names found elsewhere place (_add_known_surnames), not a name of its own
            if not name or self.inside_quote(name[0].idx) or (len(_written_words(name)) < 2 and not role):
                continue
            head = name[-1]
            # place-tagged runs count only as subjects (the small model tags rare names GPE)
            # a person's name the small model tagged otherwise (`Tatiana Stanovaya` FAC) still speaks
            speaking = _looks_personal(name) and head.dep_ in ("nsubj", "nsubjpass") and _speaks(head)
            if (
                any(
                    t.ent_type_ in ("DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC")
                    for t in name
                )
                and not speaking
            ):
                continue
            if any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in name) and head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            titled = bool(role) or (name[0].i > 0 and is_title(doc[name[0].i - 1]))
            if not (titled or head.dep_ in ("nsubj", "nsubjpass", "appos")):
                continue
            text = self.text[name[0].idx : head.idx + len(head.text)]
            roles = {self.text[role[0].idx : role[-1].idx + len(role[-1].text)]} if role else set()
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    roles.add(" ".join(t.text for t in child.subtree if t.text != ","))
            roles.update(_apposed_role(head))
            gender = next((HONORIFIC_GENDER[t.lower_] for t in role if t.lower_ in HONORIFIC_GENDER), None)
            # `U.S. State Department`, `Foreign Ministry`: a title word before an organisation's name
            kind = "person" if titled and not is_organisation_word(head.text) else _kind_of(name)
            if kind == "place" and _looks_personal(name) and not self._after_locative(text):
                kind = None  # the small model tags rare names GPE: `Ines Okafor leads ...`
            self.add(text, name[0].idx, head.dep_ in ("nsubj", "nsubjpass"), roles, gender, kind)

    def described(self, mention: Mention) -> str:
        """A description with what qualifies it after its head (`a nurse at the home`, `a
        spokesperson for the camp`), on one line and outside quotations, at most 8 words."""
        if mention.head < 0:
            return mention.text
        head = self.doc[mention.head]
        start = min(mention.start, self._phrase_start(head)) if mention.kind == "description" else mention.start
        end = mention.end
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ not in ("at", "for", "of", "with", "from", "in"):
                break
            last = max(child.subtree, key=lambda t: t.i)
            text = self.text[start : last.idx + len(last.text)]
            if "\n" in text or len(text.split()) > 8 or self.inside_quote(last.idx):
                break
            end = last.idx + len(last.text)
        return self.text[start:end]

    def _phrase_start(self, head) -> int:
        """Where the noun phrase of a head noun starts, with what its modifiers hold on one line
        outside quotations: `The foreign ministry's` of `The foreign ministry's consular-affairs office`."""
        start = head.idx
        for child in head.lefts:
            if child.dep_ not in _PHRASE_DEPS:
                continue
            if child.dep_ == "poss" and any(t.pos_ == "PROPN" for t in self.doc[child.i + 1 : head.i]):
                continue  # `the Federal Reserve's Beige Book survey`: no possessive before a name
            first = min(t.idx for t in child.subtree)
            between = self.text[first : head.idx]
            if "\n" not in between and not any(m in between for m in '"“”') and not self.inside_quote(first):
                start = min(start, first)
        return start

    def complete(self, person: Person) -> Person:
        """A person known only by a surname gets the first names the text gives it elsewhere
        (`Ferris` -> `Calum Ferris`, where the parser took `Calum` for something else)."""
        if person.kind != "organisation" and len(person.name.split()) == 1:
            full = self._full_name_in_source(person.name)
            if full:
                person.aliases.add(person.name)
                person.name = full
        return person

    def _spelled(self, key: str) -> str:
        """The surname key of the one person whose surname is this one spelt a letter apart
        (`Lindquist` for `Lindqvist`): one person in one article, not two."""
        if key in self.people or len(key) < 5:
            return key
        near = [
            k
            for k, ps in self.people.items()
            if any(p.kind not in ("organisation", "place") for p in ps) and _one_letter_apart(k, key)
        ]
        return near[0] if len(near) == 1 else key

    def _by_first_name(self, word: str) -> Person | None:
        """The one person of the article whose full name has this word before its last."""
        if is_organisation_word(word) or word.isupper():
            return None
        found = [
            p
            for ps in self.people.values()
            for p in ps
            if p.kind not in ("organisation", "place") and len(p.name.split()) > 1 and p.name.split()[0] == word
        ]
        return found[0] if len(found) == 1 else None

    def _after_locative(self, name: str) -> bool:
        """The article puts the name where a place goes: `in Nova Scotia`, `from Glace Bay`."""
        return _pattern(r"\b(?:in|from|across|throughout|near|outside)\s+", name, r"\b").search(self.source) is not None

    def _add_organisation(self, ent: Span) -> None:
        """An organisation the recogniser found (`BC Hydro`, `the Parole Board of Canada`), unless
        it is a titled person the small model tagged ORG or a name already known as a person's."""
        toks = [t for t in ent if t.text not in ("'s", "’s") and t.lower_ != "the"]
        if not toks or self.inside_quote(toks[0].idx) or any(is_title(t) for t in toks[:1]):
            return
        if toks[0].i > 0 and is_title(self.doc[toks[0].i - 1]):
            return
        text = self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        if "\n" in text or not text[:1].isupper():
            return
        known = self.people.get(name_key(text), [])
        if any(p.kind != "organisation" for p in known) or _looks_personal(toks):
            return
        head = ent.root
        self.add(text, toks[0].idx, head.dep_ in ("nsubj", "nsubjpass"), kind="organisation")

    def _add_organisation_mentions(self) -> None:
        """Every place the text names an organisation of the cast, as a mention of it: the parse
        leaves many out (`the Raptors' loss`), and `the team` is the organisation named last.
        Its name, and the last word of a name all in capitals that is no organisation's word
        (`Raptors` of `Toronto Raptors`, not `Canada` of `Parole Board of Canada`)."""
        for ps in list(self.people.values()):
            for p in ps:
                if p.kind != "organisation" or p.described:
                    continue
                forms = {p.name} | p.aliases
                words = p.name.split()
                if len(words) > 1 and all(w[:1].isupper() for w in words) and not is_organisation_word(words[-1]):
                    owners = self.people.get(name_key(words[-1]), [])
                    if all(o.kind == "organisation" for o in owners):
                        forms.add(words[-1])
                known = {o for o, _ in p.positions}
                for form in forms:
                    for m in _pattern(r"\b", form, r"\b").finditer(self.source):
                        if m.start() in known or self.inside_quote(m.start()):
                            continue
                        if any(a <= m.start() < b for a, b in p.spans):
                            continue
                        known.add(m.start())
                        p.positions.append((m.start(), False))

    def _vote_genders(self) -> None:
        """A person's gender as the article shows it: an honorific, a gendered role noun
        (`spokeswoman`), and the pronouns that can only point back to them.

        A pronoun votes for the subject of a clause it is part of (`Laurin said she was
        fortunate`, `Garland explained his figures`); a his/him/her that is no subject also
        for the one person its sentence names before it. A subject pronoun beside a name in
        another clause (`After Kody died, she urged police`) says nothing."""
        named: dict[int, Person] = {}  # token index -> the person that token names
        for ps in self.people.values():
            for p in ps:
                if p.kind in ("organisation", "place"):
                    continue
                for start, end in p.spans:
                    span = self.doc.char_span(start, end, alignment_mode="expand")
                    for t in span or ():
                        named[t.i] = p
        votes: dict[int, list[str]] = {}
        for tok in (self.doc[i] for i in self._gendered):
            gender = _GENDERED_PRONOUNS.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or self.inside_quote(tok.idx):
                continue
            # only where the sentence names one person before the pronoun (`Stanovaya noted
            # that Putin's stance stems from his view`: his is Putin's, not hers)
            before = {id(named[i]): named[i] for i in range(tok.sent.start, tok.i) if i in named}
            if len(before) != 1:
                continue
            person = next(iter(before.values()))
            tied = tok.dep_ not in ("nsubj", "nsubjpass") or _governing_subject(tok, named) is person
            if tied:
                votes.setdefault(id(person), []).append(gender)
        for ps in self.people.values():
            for p in ps:
                told = [GENDERED_NOUNS[w] for w in p.role_words if w in GENDERED_NOUNS]
                if p.gender is None and told:
                    p.gender = told[0]
                cast = votes.get(id(p), [])
                if p.gender is None and cast:
                    m, f = cast.count("m"), cast.count("f")
                    # two to one at least: a stray pronoun for someone between is outvoted
                    if m >= 2 * f and m:
                        p.gender = "m"
                    elif f >= 2 * m and f:
                        p.gender = "f"

    def _add_known_surnames(self) -> None:
        """A lone surname the NER missed (`Trump insisted`) is still a mention of the person
        the article named in full."""
        taken = {t.i for ent in self.doc.ents if ent.label_ == "PERSON" for t in ent}
        for tok in (self.doc[i] for i in self._subjects):
            # the small model tags a rare surname NOUN (`Reyes said`): a capitalised one the article named counts
            known_noun = tok.pos_ == "NOUN" and tok.text[:1].isupper() and name_key(tok.text) in self.people
            if tok.i in taken or (tok.pos_ != "PROPN" and not known_noun) or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.inside_quote(tok.idx) or (tok.i > 0 and self.doc[tok.i - 1].pos_ == "PROPN"):
                continue
            people = self.people.get(name_key(tok.text))
            first = tok
            while first.i >= 2 and joins_name(self.doc[first.i - 1]):
                first = self.doc[first.i - 2]
            if first is not tok:
                # a double-barrelled surname alone (`Kiplagat-Finn lifts the lid`): the one person
                # whose name ends with all of it, not her son `Elliot Finn` (bench/heldout: two
                # `she`s right that went to the woman quoted before; dev and dev-ggt unchanged)
                if first.i > 0 and self.doc[first.i - 1].pos_ == "PROPN":
                    continue
                surname = self.text[first.idx : tok.idx + len(tok.text)]
                fits = [p for p in people or () if p.name == surname or p.name.endswith(" " + surname)]
                if len(fits) == 1:
                    fits[0].positions.append((first.idx, True))
                    fits[0].spans.append((first.idx, tok.idx + len(tok.text)))
                continue
            if people and len(people) == 1:
                people[0].positions.append((tok.idx, True))
                people[0].spans.append((tok.idx, tok.idx + len(tok.text)))
            elif people:
                continue
            elif self._by_first_name(tok.text) is not None:
                # `Hua said` for Hua Chunying, `Helena said` for Helena Varga
                person = self._by_first_name(tok.text)
                person.positions.append((tok.idx, True))
                person.spans.append((tok.idx, tok.idx + len(tok.text)))
            elif (
                tok.text[:1].isupper()
                and not tok.text.isupper()
                and not is_title(tok)
                and tok.ent_type_ in ("", "PERSON", "ORG", "GPE")
            ):
                # `Laurin said` where the full name was given in a paragraph the parser skipped;
                # `Mulder didn't hesitate` where it was never given
                if tok.ent_type_ == "GPE" and self._after_locative(tok.text):
                    continue
                full = self._full_name_in_source(tok.text)
                kind = {"ORG": "organisation", "GPE": "place"}.get(tok.ent_type_)
                if not full and (tok.ent_type_ in ("", "PERSON") or _speaks(tok)):
                    full = tok.text
                if not full:
                    continue
                person = self.add(full, tok.idx, True, kind=kind)
                if person.spans:
                    person.spans[-1] = (tok.idx, tok.idx + len(tok.text))

    def _follow_subjects(self) -> None:
        """Resolve every subject pronoun and role description in reading order.

        Each one resolved becomes a mention of its person, so a chain of `he`s keeps
        to the person it started from rather than jumping to a name in between.
        """
        for tok in (self.doc[i] for i in self._subjects):
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(tok.idx):
                continue
            if tok.pos_ == "PRON" and tok.lower_ in ("he", "she"):
                mention = Mention(tok.text, tok.idx, tok.idx + len(tok.text), "pronoun", tok.i)
                person = self._nearest(mention)
                self._pronouns[tok.idx] = person
                if person is not None:
                    person.positions.append((tok.idx, True))
                    person.spans.append((tok.idx, tok.idx + len(tok.text)))
            elif (
                tok.pos_ == "NOUN"
                and tok.lower_ in _SPEAKING_HEADS
                and (any(c.lower_ in ("a", "an") for c in tok.lefts) or _definite(tok))
            ):
                # `the mayor`, `the foreign ministry's office`, and `a spokesperson for the port
                # authority said`, who may be `the spokesperson` of a later quotation
                if not _definite(tok) and not _speaks(tok):
                    continue
                mention = Mention(tok.text, tok.idx, tok.idx + len(tok.text), "description", tok.i)
                start = self._phrase_start(tok)
                mention.text, mention.start = self.text[start : tok.idx + len(tok.text)], start
                person = self.by_description(mention)
                if person is not None:
                    person.positions.append((tok.idx, True))

    def inside_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def _add_entity(self, ent: Span) -> None:
        toks = [t for t in ent if t.text not in ("'s", "’s")]
        # extend left over title words the NER left out ("Mayor" in "Mayor Helena Varga")
        i = ent.start - 1
        pre = []
        while i >= 0 and is_title(self.doc[i]):
            pre.insert(0, self.doc[i])
            i -= 1
        role, name = split_name(pre + toks)
        if not name:
            return
        text = self.text[name[0].idx : name[-1].idx + len(name[-1].text)]
        text = re.sub(r"['’]s$", "", text).strip()
        head = ent.root
        # `her son Kody Cook chose`: a name beside a subject that is a person's noun is the subject
        subject = head.dep_ in ("nsubj", "nsubjpass") or (
            head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.lower_ in _PERSON_HEADS
        )
        gender = next((HONORIFIC_GENDER[t.lower_] for t in role if t.lower_ in HONORIFIC_GENDER), None)
        gender = gender or _gender_in_apposition(head)
        roles = {self.text[role[0].idx : role[-1].idx + len(role[-1].text)]} if role else set()
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                roles.add(" ".join(t.text for t in child.subtree if t.text != ","))
        roles.update(_apposed_role(head))
        # a PERSON tag alone is not enough (`Dixon Hall, a non-profit agency`): a title is
        self.add(text, name[0].idx, subject, roles, gender, "person" if role else None)

    def add(
        self,
        name: str,
        offset: int,
        subject: bool,
        roles: set[str] | None = None,
        gender: str | None = None,
        kind: str | None = None,
    ) -> Person:
        """Record a mention of a name; returns the person it belongs to."""
        key = name_key(name)
        words = name.split()
        if len(words) == 1 and key not in self.people:
            # a first name alone (`Kody`) for the one person given it with a surname
            first = self._by_first_name(name)
            if first is not None:
                key = name_key(first.name)
        key = self._spelled(key)
        people = self.people.setdefault(key, [])
        person = None
        for p in people:
            # one person per surname unless two different first names are given
            if len(words) < 2 or len(p.name.split()) < 2 or p.name.split()[0] == words[0]:
                person = p
                break
        if person is None:
            person = Person(name, kind)
            people.append(person)
        elif kind == "person" or person.kind is None:
            person.kind = kind or person.kind
        if len(words) > len(person.name.split()):
            person.aliases.add(person.name)
            person.name = name
        elif name != person.name:
            person.aliases.add(name)
        if person.kind is None and words and is_organisation_word(words[-1]):
            person.kind = "organisation"  # `the Anchor Café`, whatever the recogniser's label
        if kind is None and person.kind is None and any(_role_head(r) in ORGANISATION_NOUNS for r in roles or ()):
            person.kind = "organisation"
        for r in roles or ():
            person.roles.add(r)
            person.role_words.update(_role_word(w) for w in r.split())
        person.gender = person.gender or gender
        person.positions.append((offset, subject))
        if not self.inside_quote(offset):
            person.spans.append((offset, offset + len(name)))
        return person

    def by_name(self, mention: Mention) -> Person:
        """The person a name mention refers to: the most recently mentioned bearer of that name."""
        key = self._spelled(name_key(mention.text))
        people = self.people.get(key, [])
        words = mention.text.split()
        if not people and len(words) == 1:
            # a first name alone (`Helena`) for the one person the article gave it
            first = [
                p
                for ps in self.people.values()
                for p in ps
                if p.name.split()[0] == words[0] and len(p.name.split()) > 1
            ]
            people = first if len(first) == 1 else []
        fits = [p for p in people if len(words) < 2 or p.name.split()[0] == words[0] or len(p.name.split()) < 2]
        if len(fits) > 1:
            fits.sort(key=lambda p: p.last_before(mention.start), reverse=True)
        if not fits and len(words) == 1:
            full = self._full_name_in_source(words[0])
            if full:
                person = self.add(full, mention.start, True, {mention.role} if mention.role else None)
                return person
        if fits:
            person = fits[0]
            if len(person.name.split()) == 1:
                # `President Trump` parsed, `Donald Trump` only in text the parser skipped
                full = self._full_name_in_source(person.name)
                if full:
                    person.aliases.add(person.name)
                    person.name = full
            if mention.role:
                person.roles.add(mention.role)
                person.role_words.update(_role_word(w) for w in mention.role.split())
            person.positions.append((mention.start, True))
            person.spans.append((mention.start, mention.end))
            return person
        return self.add(mention.text, mention.start, True, {mention.role} if mention.role else None)

    def _full_name_in_source(self, surname: str) -> str | None:
        """The surname with the first name(s) it has elsewhere in the article, read from the text
        itself where the parse did not reach: `Yuri Ushakov` for `Ushakov`."""
        # words on one line (FIRST_NAMES joins by spaces and tabs only): a name never runs over a line break
        pattern = _pattern(FIRST_NAMES, surname, r"\b")
        best = None
        for m in pattern.finditer(self.source):
            if self.inside_quote(m.start()):
                continue
            words = [w for w in m.group(1).split() if w.lower() not in TITLES and w.lower().rstrip(".") not in TITLES]
            # nor over a sentence's end: `the Black Sea. Tatiana Stanovaya` (an initial `J.` is kept)
            ends = [
                k for k, w in enumerate(words) if w.endswith(".") and not re.fullmatch(r"[A-Z]\.|[A-Z][a-z]{0,2}\.", w)
            ]
            if ends:
                words = words[ends[-1] + 1 :]
            # a name's first words: capitalised, not a sentence's first word like `But`
            while words and (words[0].lower() in _NOT_NAMES or words[0].endswith(("'s", "’s"))):
                words.pop(0)
            if words and all(w[0].isupper() and not w.endswith(("'s", "’s", ",")) for w in words):
                candidate = " ".join(words + [surname])
                if best is None or len(candidate) > len(best):
                    best = candidate
        return best

    def _titled_in_source(self, head: str, words: set[str]) -> tuple[str, str, int] | None:
        """(name, title, overlap) of a `U.S. President Donald Trump` in the text for `the US
        president`: the title whose words share most with the description, then the most frequent."""
        scores: dict[str, list] = {}
        for name, title in self._titles(head):
            overlap = len(words & {_role_word(w) for w in title.split()})
            entry = scores.setdefault(name, [0, 0, title])
            if overlap > entry[0]:
                entry[0], entry[2] = overlap, title
            entry[1] += 1
        if not scores:
            return None
        name, (overlap, _, title) = max(scores.items(), key=lambda kv: (kv[1][0], kv[1][1]))
        return name, title, overlap

    def _titles(self, head: str) -> list[tuple[str, str]]:
        """Every (name, title) where the text puts a full name right after the word `head`."""
        if head in self._title_cache:
            return self._title_cache[head]
        out = self._title_cache[head] = []
        pattern = _pattern(r"\b(?i:", head, r")\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)")
        for m in pattern.finditer(self.source):
            name = m.group(1)
            if len(name.split()) < 2 or self.inside_quote(m.start(1)):
                continue
            # the title: the head word and up to two words before it (`U.S. President`)
            lead = self.source[max(0, m.start() - 40) : m.start()].split()[-2:]
            title = " ".join(lead + [self.source[m.start() : m.start(1)].strip()])
            out.append((name, title))
        return out

    def by_pronoun(self, mention: Mention, prefer: Person | None = None) -> Person | None:
        """The person a pronoun refers to: resolved in reading order, or the nearest fitting one."""
        if mention.start in self._pronouns:
            return self._pronouns[mention.start]
        return self._nearest(mention, prefer)

    def _nearest(self, mention: Mention, prefer: Person | None = None) -> Person | None:
        """The nearest person before the pronoun, outside quotations, of a fitting gender."""
        gender = PRONOUNS.get(mention.text.lower())
        if gender == "n":
            return self._nearest_organisation(mention)
        if gender == "p" and mention.text.lower() == "they":
            return self._nearest_group(mention)
        if gender not in ("m", "f"):
            return None
        scores: dict[int, tuple[float, Person]] = {}
        # a subject earlier in the pronoun's own sentence (`Trump insisted that he ...`) comes first
        sentence_start = self.doc[mention.head].sent.start_char if mention.head >= 0 else mention.start
        paragraph_start = self.text.rfind("\n", 0, mention.start) + 1
        for people in self.people.values():
            for p in people:
                if (p.gender and p.gender != gender) or p.kind in ("organisation", "place", "group"):
                    continue
                for offset, subject in p.positions:
                    if offset >= mention.start or self.inside_quote(offset) or self._in_credit(offset):
                        continue
                    distance = mention.start - offset
                    # a person the article shows to be of the pronoun's gender before one it does not
                    # (within the pronoun's paragraph: `Mayor Helena Varga urged ... "...," she said`
                    # is Varga's even when a woman of the paragraph before is known to be one)
                    known = _KNOWN_GENDER if p.gender and offset >= paragraph_start else 0
                    score = -distance + (150 if subject else 0) + (300 if p is prefer else 0) + known
                    if subject and offset >= sentence_start:
                        score += 400
                    if score > scores.get(id(p), (float("-inf"),))[0]:
                        scores[id(p)] = (score, p)
        if not scores:
            return None
        ranked = sorted(scores.values(), key=lambda sp: sp[0], reverse=True)
        best_score, best = ranked[0]
        # a clear choice tells the person's gender for the pronouns after it (`Mayor Helena
        # Varga urged ... "...," she said`); a close one does not
        if best.gender is None and (len(ranked) == 1 or ranked[1][0] < best_score - _CLEAR_MARGIN):
            best.gender = gender
        return best

    def _in_credit(self, offset: int) -> bool:
        """The name at offset signs what stands before it on its line (`"..." — Farid Castellan`,
        an embedded post's `— Michelle Rempel (@handle) December 18`): the speaker of those words,
        not someone the story goes on about, so no pronoun after points back to it."""
        line_start = self.source.rfind("\n", 0, offset) + 1
        line_end = self.source.find("\n", offset)
        rest = self.source[offset : line_end if line_end >= 0 else len(self.source)]
        # a signature runs to the line's end with no lowercase word: a name, a handle, a date
        return (
            offset > line_start
            and re.search(r"\S\s*[—–]\s*$", self.source[line_start:offset]) is not None
            and re.search(r"(?:^|\s)[a-z]", rest) is None
        )

    def _nearest_group(self, mention: Mention) -> Person | None:
        """`they said`: the group or organisation that was the subject just before (`the two
        owners`, `the union`), or the people a subject named together (`Mia Tran and Joe Bell`),
        within the sentence or the one before; else left as `they`."""
        best, best_at = None, -1
        for people in self.people.values():
            for p in people:
                if p.kind not in ("group", "organisation"):
                    continue
                for offset, subject in p.positions:
                    if (
                        subject
                        and best_at < offset < mention.start
                        and mention.start - offset < _GROUP_REACH
                        and not self.inside_quote(offset)
                    ):
                        best, best_at = p, offset
        together = self._named_together(mention.start)
        if together is not None and together[1] > best_at:
            return together[0]
        return best

    def _named_together(self, before: int) -> tuple[Person, int] | None:
        """The last subject before an offset that names two people or more joined by `and`
        (`Mia Tran and Joe Bell opened the bakery`): the group the article names, one of the cast
        (kind `group`, never a he or a she), shown as the article names them."""
        named = self._token_people()
        found = None
        for tok in self.doc:
            if tok.idx >= before:
                break
            if before - tok.idx > _GROUP_REACH or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i not in named:
                continue
            if self.inside_quote(tok.idx):
                continue
            members: dict[int, Person] = {id(named[tok.i]): named[tok.i]}
            for c in tok.conjuncts:
                if c.i in named:
                    members.setdefault(id(named[c.i]), named[c.i])
            if len(members) >= 2:
                found = (list(members.values()), tok.idx)
        if found is None:
            return None
        members, at = found
        name = " and ".join(p.name for p in members)
        key = "\0group " + name
        if key not in self.people:
            group = Person(name, "group", roles=set(), described=False)
            group.positions.append((at, True))
            self.people[key] = [group]
        return self.people[key][0], at

    def _token_people(self) -> dict[int, Person]:
        """token index -> the person (not an organisation or a place) that token names."""
        named: dict[int, Person] = {}
        for ps in list(self.people.values()):
            for p in ps:
                if p.kind in ("organisation", "place", "group"):
                    continue
                for start, end in p.spans:
                    for t in self.doc.char_span(start, end, alignment_mode="expand") or ():
                        named[t.i] = p
        return named

    def _nearest_organisation(self, mention: Mention) -> Person | None:
        """`it said`: the organisation last named before it, a subject first, within a few
        paragraphs (`it` reads as an organisation only when one was named near)."""
        best, best_score = None, float("-inf")
        for people in self.people.values():
            for p in people:
                if p.kind != "organisation":
                    continue
                for offset, subject in p.positions:
                    if offset >= mention.start or self.inside_quote(offset) or mention.start - offset > 2000:
                        continue
                    score = -(mention.start - offset) + (300 if subject else 0)
                    if score > best_score:
                        best, best_score = p, score
        return best

    def last_subject(self, lo: int, hi: int, active: bool = False) -> Person | None:
        """Who was last the subject of a clause between two offsets, outside quotations: the
        subject of a sentence's main verb first (`Clinton responded, saying the Sanders campaign
        was lying`: Clinton, not the campaign of the clause she reports). active: of a verb in
        the active voice only (`Varga was killed in the crash` says nothing she said)."""
        best, best_at, main = None, -1, False
        for people in self.people.values():
            for p in people:
                if p.kind == "place":
                    continue
                for o, subject in p.positions:
                    if not subject or not lo <= o < hi or self.inside_quote(o):
                        continue
                    if active and self._passive_subject(o):
                        continue
                    is_main = self._main_subject(o)
                    if (is_main, o) > (main, best_at):
                        best, best_at, main = p, o, is_main
        return best

    def _token_starting(self, offset: int):
        """The token that starts at offset, or None (the map made once, on first need)."""
        if self._token_at is None:
            self._token_at = {t.idx: t for t in self.doc}
        return self._token_at.get(offset)

    def _passive_subject(self, offset: int) -> bool:
        """The name at offset is the subject of a verb in the passive voice."""
        tok = self._token_starting(offset)
        while tok is not None and tok.dep_ in ("compound", "flat", "punct") and tok.head.i != tok.i:
            tok = tok.head
        return tok is not None and tok.dep_ == "nsubjpass"

    def _main_subject(self, offset: int) -> bool:
        """The token at offset is the subject of its sentence's main verb (or of one joined to it)."""
        tok = self._token_starting(offset)
        if tok is None:
            return False
        while tok.dep_ in ("compound", "flat", "det", "amod", "poss") and tok.head.i != tok.i:
            tok = tok.head  # from a name's first word (`Erik` of `Erik Karlsson`) to its head
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def last_mention(self, person: Person, lo: int, hi: int) -> tuple[int, int] | None:
        """The person's latest mention outside quotations between two offsets."""
        inside = [sp for sp in person.spans if lo <= sp[0] < hi]
        return max(inside) if inside else None

    def by_description(self, mention: Mention) -> Person | None:
        """Who a description points back to: the person the article gave this role (`the US
        president` -> U.S. President Donald Trump), the organisation named before (`the utility`),
        the issuer of a statement, or the person of that age (`the 52-year-old`). An indefinite
        description (`a nurse`) introduces someone new: it is stored as written."""
        if mention.head < 0:
            return None
        token = self.doc[mention.head]
        head = token.lower_
        definite = _definite(token)
        issued = self._issuer(token, mention)
        if issued is not None or head in DOCUMENT_NOUNS:
            return issued
        if head in ORGANISATION_NOUNS:
            found = self._organisation_described(token, mention) if definite else None
            return found or self._unnamed(mention, "organisation")
        if definite:
            aged = self._of_age(mention)
            if aged is not None:
                return aged
        person = self._by_role(mention, head)
        if (
            person is None
            and definite
            and head in PERSON_NOUNS | SPEAKER_NOUNS
            and not self._qualifier(mention)
            and not _named_modifier(token)
        ):
            person = self._recent_subject(mention.start)
        return person or self._unnamed(mention, None)

    def _qualifier(self, mention: Mention) -> set[str]:
        """The words that qualify a description after its head: {port, authority} in `a
        spokesperson for the port authority`."""
        rest = self.described(mention)[len(mention.text) :]
        return {_role_word(w) for w in rest.split()} - _FUNCTION_WORDS

    def _unnamed(self, mention: Mention, kind: str | None) -> Person | None:
        """Someone the article describes and never names (`a spokesperson for the port
        authority`, `the tribunal`): one of the cast under that description, so that `the
        spokesperson` later is the same one, and never someone named on another side."""
        if mention.head < 0:
            return None
        text = self.described(mention)
        token = self.doc[mention.head]
        head = token.lower_
        if head not in _SPEAKING_HEADS:
            return None
        key = "\0" + " ".join(w for w in text.lower().split() if w not in ("the", "a", "an"))
        for p in self.people.get(key, []):
            return p
        if _definite(token) and kind is None and not _named_modifier(token):
            # `the star defenceman` is someone named before, whom we could not tell; `the Nova
            # Scotia judge`, whose role names a place no one of the article has, is someone new
            return None
        if kind == "organisation":
            named = self._organisation_in_description(token, mention)
            if named is not None:
                return named
        if token.tag_ in ("NNS", "NNPS"):
            kind = "group"  # `the attendees`, `pilots`: never a he or a she
        person = Person(
            text, kind, roles={text}, role_words={_role_word(w) for w in text.split()} - _FUNCTION_WORDS, described=True
        )
        person.positions.append((mention.start, True))
        self.people.setdefault(key, []).append(person)
        return person

    def _organisation_in_description(self, token, mention: Mention) -> Person | None:
        """`Cisco's Talos cybersecurity unit`, `the Kestrel research group`: the organisation is
        named by the proper nouns right before its head noun (Talos), unless they are a person's
        or a place's name (`the Sanders campaign`, `the Nova Scotia government`)."""
        doc, i = self.doc, token.i - 1
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "NOUN" and doc[i].head.i == token.i:
            i -= 1  # `Talos cybersecurity unit`: common nouns between the name and the head
        run = []
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("", "ORG"):
            run.insert(0, doc[i])
            i -= 1
        if not run or "\n" in self.text[run[0].idx : token.idx]:
            return None
        name = self.text[run[0].idx : run[-1].idx + len(run[-1].text)]
        if any(p.kind != "organisation" for p in self.people.get(name_key(name), [])):
            return None
        return self.add(name, mention.start, True, kind="organisation")

    def _issuer(self, token, mention: Mention) -> Person | None:
        """`a statement from the EU` -> the EU; `the statement` -> whoever issued one before."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        start = min(t.idx for t in obj.subtree if t.lower_ != "the")
                        end = max(t.idx + len(t.text) for t in obj.subtree)
                        name = re.sub(r"['’]s$", "", self.text[start:end])
                        return self.by_name(Mention(name, start, end, "name", obj.i))
        if token.lower_ not in DOCUMENT_NOUNS:
            return None
        return self._organisation_named_in(token, mention) or self._nearest_organisation(mention)

    def _organisation_named_in(self, token, mention: Mention) -> Person | None:
        """`the parole board decision`, `the ministry's notice`: the organisation named before
        whose name has every noun of the document's modifiers (the Parole Board of Canada)."""
        words = {
            t.lower_
            for c in token.lefts
            if c.dep_ in ("compound", "poss", "nmod", "amod")
            for t in c.subtree
            if t.pos_ in ("NOUN", "PROPN")
        }
        if not words:
            return None
        best, best_at = None, -1
        for people in self.people.values():
            for p in people:
                last = p.last_before(mention.start)
                told = {w.lower() for w in p.name.split()} | p.role_words
                if p.kind == "organisation" and last > best_at and words <= told:
                    best, best_at = p, last
        return best

    def _organisation_described(self, token, mention: Mention) -> Person | None:
        """`the utility`, `the security firm`: the organisation named last before it, one whose
        name or description has the description's words first."""
        words = {t.lower_ for t in token.lefts} | {token.lower_}
        # `the tribunal` is an organisation with that word in its name; `the utility` any
        specific = token.lower_ not in GENERIC_ORGANISATION_NOUNS
        best, best_score = None, float("-inf")
        for people in self.people.values():
            for p in people:
                if p.kind != "organisation":
                    continue
                last = max((o for o, _ in p.positions if o < mention.start and not self.inside_quote(o)), default=-1)
                if last < 0:
                    continue
                told = {w.lower() for w in p.name.split()} | p.role_words
                if specific and token.lower_ not in told:
                    continue
                score = -(mention.start - last) + 1000 * len(words & told)
                if score > best_score:
                    best, best_score = p, score
        return best

    def _of_age(self, mention: Mention) -> Person | None:
        """`the 52-year-old`: the one person the article gave that age (`Varga, 52,`)."""
        m = re.search(r"(\d{1,3})-year-old", mention.text)
        if not m:
            return None
        age = m.group(1)
        found = set()
        for match in re.finditer(r"([A-Z][\w'’-]+),\s+(?:aged\s+)?" + age + r"\b", self.source):
            for p in self.people.get(name_key(match.group(1)), []):
                found.add(id(p))
                person = p
        return person if len(found) == 1 else None

    def _recent_subject(self, offset: int) -> Person | None:
        """The person last a subject before offset, within a few paragraphs (`the engineer` for
        the one the article just spoke about)."""
        best, best_at = None, -1
        for people in self.people.values():
            for p in people:
                if p.kind in ("organisation", "place"):
                    continue
                for o, subject in p.positions:
                    if subject and best_at < o < offset and offset - o < 1500 and not self.inside_quote(o):
                        best, best_at = p, o
        return best

    def _by_role(self, mention: Mention, head: str) -> Person | None:
        """The person the article gave the role of the description's head noun."""
        words = {_role_word(w) for w in mention.text.split()} - {
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "former",
        }
        modifiers = words - {head}
        everyone = [p for people in self.people.values() for p in people]

        def fit(p: Person) -> tuple[int, int]:
            return len(modifiers & p.role_words), p.last_before(mention.start)

        # `a spokesperson for the port authority` is nobody whose role names another organisation
        qualifier = self._qualifier(mention)
        if qualifier:
            everyone = [p for p in everyone if qualifier & p.role_words]
        candidates = [p for p in everyone if head in p.role_words]
        best = max(candidates, key=fit) if candidates else None
        # the parse may not have reached where the title was given: read the text too
        titled = None if qualifier else self._titled_in_source(head, modifiers)
        if titled and (best is None or titled[2] > fit(best)[0]):
            return self.add(titled[0], mention.start, True, {titled[1]})
        if best is not None:
            return best
        # `his American counterpart`: a modifier that only one person's role has
        candidates = [p for p in everyone if modifiers & p.role_words]
        return candidates[0] if len(candidates) == 1 else None


# The modifiers before a noun that belong to its noun phrase (`the`, `foreign`, `ministry's`).
_PHRASE_DEPS = frozenset(("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case"))


def _definite(token) -> bool:
    """`the union`, `this office`, and `the foreign ministry's office` (a possessive noun
    determines it too); not `a nurse`, `his office` (someone's, resolved by the pronoun)."""
    return any(
        c.lower_ in ("the", "this", "that") or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")) for c in token.lefts
    )


def _governing_subject(pronoun, named: dict):
    """Who is the subject of the nearest clause above the pronoun's own that has a subject:
    Laurin of `Laurin said she was fortunate`; nobody named for `he` of `Golden remembers him
    apologizing, saying he had meant no harm` (the nearest subject above is `him`)."""
    for verb in pronoun.head.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return named.get(subjects[0].i)
    return None


# Nouns of a person: a name beside one (`her son Kody Cook`) stands for the same person.
_PERSON_HEADS = frozenset(GENDERED_NOUNS) | PERSON_NOUNS | SPEAKER_NOUNS - ORGANISATION_NOUNS


def _apposed_role(head) -> set[str]:
    """The role a name stands in apposition to, after it (`said the minister, Cassius
    Whitlam-Nair`: the minister): so that `the minister` later is that person. bench/heldout
    by name attrib_f1 0.9016 -> 0.9119 (3 quotations); dev at the mention 0.9273 -> 0.9271 (a
    crowd's shout now goes to the chairman named so, where nobody was credited)."""
    noun = head.head
    if head.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in _PERSON_HEADS:
        return set()
    if noun.i > head.i:
        return set()
    words = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct]
    # a definite description of its own only: not `whose husband, Ty Woods`, `One voter,
    # ...`, nor `Sanders's campaign manager, Jeff Weaver`, whose words name someone else
    if words[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in words if t is not noun):
        return set()
    return {" ".join(t.text for t in words)}


def _gender_in_apposition(head) -> str | None:
    """The gender a noun the name stands beside tells: `her son Kody Cook`, `his wife, Mara Voss`."""
    if head.dep_ == "appos" or (head.dep_ in ("compound", "flat") and head.head.pos_ == "NOUN"):
        return GENDERED_NOUNS.get(head.head.lower_)
    for child in head.children:
        if child.dep_ == "appos" and child.lower_ in GENDERED_NOUNS:
            return GENDERED_NOUNS[child.lower_]
    return None


def _named_modifier(token) -> bool:
    """A proper noun among the modifiers of a description: `the Nova Scotia judge`."""
    return any(t.pos_ == "PROPN" for c in token.lefts if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree)


def _kind_of(name: list) -> str | None:
    """An untitled run of proper nouns: an organisation or a place by its tags or last word."""
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in name):
        return "place"
    if is_organisation_word(name[-1].text):
        return "organisation"
    if len(name) > 1 and name[-1].tag_ == "NNPS":
        return "organisation"  # a plural name after a place or a sponsor: `Toronto Raptors`
    if any(t.ent_type_ == "ORG" for t in name) and not _looks_personal(name):
        return "organisation"
    return None


def _looks_personal(name: list) -> bool:
    """Two or three capitalised words, none an acronym or an organisation's word: the shape of
    a person's name, which the small model often tags ORG (`Ines Okafor`)."""
    words = _written_words(name)
    return (
        2 <= len(words) <= 3
        and name[-1].tag_ != "NNPS"  # `Harbour Hawks`: no person's name ends in a plural
        # each part of a double-barrelled word too: `Air-KNL` holds an acronym
        and all(p[:1].isupper() and not p.isupper() for w in words for p in w.split("-"))
        and not any(is_organisation_word(w) for w in words)
    )


def _written_words(name: list) -> list[str]:
    """A name's words as written: a double-barrelled one (`Adewale-Rourke`) is one word of
    three tokens."""
    words: list[str] = []
    glued = False
    for t in name:
        if joins_name(t) and words:
            words[-1] += t.text
            glued = True
        elif glued:
            words[-1] += t.text
            glued = False
        else:
            words.append(t.text)
    return words


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped: `lindqvist` and `lindquist`, `mcallum` and `mccallum`."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _role_head(role: str) -> str:
    """The head noun of a role given in apposition: its last word before `of`, `at`, `that`..."""
    words = re.split(r"\s+(?:of|at|for|in|on|that|which|who|with|to|from|based)\s+", role.lower(), maxsplit=1)[
        0
    ].split()
    return words[-1].strip(",.") if words else ""


def _speaks(tok) -> bool:
    """The token is the subject of a verb of saying."""
    return tok.head.pos_ in ("VERB", "AUX") and tok.head._.lemma in SPEECH_VERBS


# adjectives of nationality that stand for the country's short form in titles (`U.S. President`)
_DEMONYMS = {"american": "us", "british": "uk"}


def _role_word(word: str) -> str:
    """`U.S.`, `US` and `American` are one word of a role."""
    w = word.lower().strip(",").replace(".", "")
    return _DEMONYMS.get(w, w)
