#!/usr/bin/env python3
"""Draws the excerpts of ClauseWatch's third AI-topic check set (ai-topics-checkset-3.tsv) from the OLDER versions
of the Open Terms Archive histories in ../shared/corpus/ota, with a fixed seed.

Usage: scripts/draw-ai-checkset-3.py [corpus/ota] [test resources folder] > drawn.tsv
Writes id, service, terms type, version, stratum, topics ("?" = to be labelled by hand), excerpt. The labels are
written by a person afterwards; this script only decides which paragraphs are judged. See docs/classification.md.

Sets 1 and 2 were drawn from latest versions and were studied while the cues were written. This set takes only
paragraphs that no longer occur in their document's latest version, so that its wording is wording nobody tuning
cues has read, and drops any excerpt that is a near duplicate (word-set Jaccard >= 0.6) of an item of set 1, of
set 2, or of an earlier item of this set (older versions repeat one another with small edits)."""
import math
import os
import random
import re
import sys

SEED = 3
OTA = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ota"
RESOURCES = sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/org/clausewatch/analysis"
EARLIER_SETS = ("ai-topics-checkset.tsv", "ai-topics-checkset-2.tsv")
# The services of set 1 and OpenAI (the earlier documents of ChatGPT and DALL-E's provider): the draw prefers them,
# because the evaluation ClauseWatch answers to reads AI services' documents.
AI_SERVICES = {"ChatGPT", "Claude.ai", "DeepSeek", "Google Generative AI Services", "Grok", "xAI", "Meta AI",
               "Midjourney", "Stability AI", "GitHub Copilot", "Cursor", "Hugging Face", "Replicate", "Llama API",
               "DALL·E", "Grammarly", "OpenAI"}
AI_SERVICE_SHARE = 0.7
# Doubao's policy is in Chinese; the cues and the model read English.
OTHER_LANGUAGE = {"Doubao"}
# Pages that govern no user content or data use, as in set 2.
SKIPPED_TYPES = {"Law Enforcement Guidelines", "Copyright Claims Policy", "In-App Purchases Policy",
                 "Trackers Policy", "Deceased Users"}
NEAR_DUPLICATE = 0.6
# How far apart (characters) the two halves of a targeted filter may be.
NEAR = 150
AI_WORDS = re.compile(
    r"\b(ai|a\.i\.|artificial intelligence|machine learning|generative|genai|models?|llms?|train|trains|training|"
    r"trained|chatbots?|assistants?|automated|algorithms?|outputs?|prompts?|inputs?|licen[cs]es?|retain|retention|"
    r"review|reviewers?|opt[- ]out|de-identified|aggregated|generated|synthetic)\b", re.I)
# Targeted draws: a word of the topic's subject near a word of its object. Deliberately broader than any cue (they
# also catch "improve our services", retention of account data, licences granted to the user...), so that the draw
# does not favour wording the classifier already knows and brings look-alikes for precision.
TARGETS = {
    "F1": (r"(\btrain\w*|machine learning|\bmodels?\b|artificial intelligence|\bai\b|improv\w*|develop\w*)",
           r"(\bcontent|\binputs?\b|\bprompts?\b|conversations?|\bchats?\b|\bdata\b|information|outputs?|feedback|"
           r"uploads?|\bposts?\b)"),
    "F2": (r"(opt[- ]?(out|in)|\bobject\w*|settings?|controls?|turn\w* (it )?off|disabl\w*|withdraw\w*|\bchoose|"
           r"choices?|toggle|preferences?)",
           r"(\btrain\w*|\bmodels?\b|improv\w*|machine learning|\bai\b|artificial intelligence)"),
    "F3": (r"(\breview\w*|\bhumans?\b|\bpeople\b|personnel|employees|\bstaff\b|contractors?|annotat\w*|moderat\w*|"
           r"\bread\b|listen\w*|trainers?)",
           r"(conversations?|\bchats?\b|\bprompts?\b|\binputs?\b|messages?|\bcontent\b|outputs?|\bai\b|\bmodels?\b)"),
    "F4": (r"(\bretain\w*|retention|\bkeep\w*|\bkept\b|\bstor(e|ed|age)\b|delet\w*|\bdays\b|\bmonths\b|\byears\b|"
           r"\bperiods?\b)",
           r"(conversations?|\bchats?\b|\bprompts?\b|\binputs?\b|\bflag\w*|histor(y|ies)|outputs?)"),
    "D1": (r"(licen[cs]\w*|\bgrant\w*|right to use|permission|sublicens\w*)",
           r"(\bcontent\b|\binputs?\b|\bprompts?\b|submissions?|\bsubmit\w*|uploads?|outputs?|materials?|feedback|"
           r"\bdata\b|\bposts?\b)"),
    "D2": (r"(\bown\b|\bowns\b|owner\w*|belong\w*|\btitle\b|\bassign\w*|intellectual property|\brights? (in|to)\b)",
           r"(\binputs?\b|outputs?|\bprompts?\b|\bcontent\b|generated|creations?|assets?)"),
}
PER_TARGET = 17
GENERAL_AI = 40
GENERAL_OTHER = 20
# Second targeted draw, added after the first 162 items were labelled (which gave F2, F3 and F4 only 3-7
# positives): a tighter pairing, within 60 characters; for F3 the paragraph must also speak of content or
# conversations. Appended after the first draw, so the first 162 items stay as they were.
SECOND_TARGETS = {
    "F2": (r"(opt[- ]?(out|in)|turn\w* (it )?off|disabl\w*|\bobject\w*|settings?|controls?|toggle|choose not)",
           r"(\btrain\w*|improv\w* (our |the )?(ai )?models?|model (training|improvement))", None),
    "F3": (r"(\bhumans?\b|\bpeople\b|reviewers?|employees|personnel|\bstaff\b|contractors?|annotat\w*|trainers?|"
           r"manual\w*|moderators?)",
           r"(\breview\w*|\bread\b|\baccess\w*|listen\w*|look at|\bsee\b|evaluat\w*)",
           r"(conversations?|\bchats?\b|\bprompts?\b|\binputs?\b|\bcontent\b|messages?|outputs?|recordings?)"),
    "F4": (r"(\bretain\w*|retention|delet\w*|\bkept\b|\bkeep\w*|\bstored?\b)",
           r"(conversations?|\bchats?\b|\bprompts?\b|\binputs?\b|\bflagged\b|outputs?|chat history)", None),
}
PER_SECOND_TARGET = 8
SECOND_NEAR = 60
# At most this many items of one document per stratum: a document with many rewritten paragraphs (xAI's terms) would
# otherwise fill the general strata.
PER_DOCUMENT = 3


def near(subject, words, distance=NEAR):
    return re.compile(f"{subject}.{{0,{distance}}}{words}|{words}.{{0,{distance}}}{subject}", re.I | re.S)


def normalised(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def paragraphs(text):
    for block in re.split(r"\n[ \t]*\n", text):
        block = re.sub(r"\s+", " ", block).strip()
        if len(block) >= 120 and not block.startswith("#"):
            yield block


def excerpt(paragraph):
    if len(paragraph) <= 750:
        return paragraph
    ends = [m.end() for m in re.finditer(r"[.?!;](?=\s)", paragraph[:750]) if m.end() >= 300]
    if ends:
        return paragraph[:ends[-1]]
    return paragraph[:700].rsplit(" ", 1)[0]


def words(text):
    return frozenset(re.findall(r"\w+", text.lower()))


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def earlier_items():
    """The word sets of every excerpt of sets 1 and 2."""
    found = []
    for name in EARLIER_SETS:
        header = None
        for line in read(os.path.join(RESOURCES, name)).splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            found.append(words(fields[header.index("excerpt")]))
    return found


def documents():
    for service in sorted(os.listdir(OTA)):
        folder = os.path.join(OTA, service)
        if service in OTHER_LANGUAGE or not os.path.isdir(folder) or service == "declarations":
            continue
        for terms_type in sorted(os.listdir(folder)):
            versions = sorted(v for v in os.listdir(os.path.join(folder, terms_type)) if v.endswith(".md"))
            if terms_type not in SKIPPED_TYPES and len(versions) > 1:
                yield service, terms_type, versions


def older_paragraphs():
    """(service, terms type, version, paragraph) for every paragraph of an older version whose normalised text does
    not occur in the document's latest version, once per document, from the earliest version that holds it."""
    pool = []
    for service, terms_type, versions in documents():
        folder = os.path.join(OTA, service, terms_type)
        latest = normalised(read(os.path.join(folder, versions[-1])))
        seen = set()
        for version in versions[:-1]:
            for p in paragraphs(read(os.path.join(folder, version))):
                key = normalised(p)
                if key not in seen and key not in latest:
                    seen.add(key)
                    pool.append((service, terms_type, version, p))
    return pool


def main():
    rng = random.Random(SEED)
    pool = older_paragraphs()
    rows, taken, chosen, per_document = [], set(), earlier_items(), {}

    def fresh(paragraph):
        text = excerpt(paragraph)
        w = words(text)
        return text not in taken and all(jaccard(w, other) < NEAR_DUPLICATE for other in chosen)

    def take(candidates, wanted, stratum):
        order = sorted(candidates)
        rng.shuffle(order)
        count = 0
        for service, terms_type, version, p in order:
            if count == wanted:
                break
            if fresh(p) and per_document.get((service, terms_type, stratum), 0) < PER_DOCUMENT:
                per_document[(service, terms_type, stratum)] = per_document.get((service, terms_type, stratum), 0) + 1
                text = excerpt(p)
                taken.add(text)
                chosen.append(words(text))
                rows.append((service, terms_type, version[:-3], stratum, text))
                count += 1
        return count

    def draw(candidates, wanted, stratum):
        ai = [c for c in candidates if c[0] in AI_SERVICES]
        other = [c for c in candidates if c[0] not in AI_SERVICES]
        got = take(ai, math.ceil(wanted * AI_SERVICE_SHARE), stratum)
        got += take(other, wanted - got, stratum)
        if got < wanted:
            take(ai, wanted - got, stratum)

    for topic, (subject, obj) in TARGETS.items():
        pattern = near(subject, obj)
        draw([c for c in pool if pattern.search(c[3])], PER_TARGET, "targeted " + topic)
    draw([c for c in pool if AI_WORDS.search(c[3])], GENERAL_AI, "general AI word")
    draw([c for c in pool if not AI_WORDS.search(c[3])], GENERAL_OTHER, "general no AI word")
    for topic, (subject, obj, context) in SECOND_TARGETS.items():
        pattern = near(subject, obj, SECOND_NEAR)
        matches = [c for c in pool if pattern.search(c[3]) and (context is None or re.search(context, c[3], re.I))]
        draw(matches, PER_SECOND_TARGET, "near " + topic)
    print("id\tservice\tterms type\tversion\tstratum\ttopics\texcerpt")
    for i, (s, t, v, stratum, text) in enumerate(rows, start=1):
        print(f"{i}\t{s}\t{t}\t{v}\t{stratum}\t?\t{text}")


if __name__ == "__main__":
    main()
