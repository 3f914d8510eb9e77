#!/usr/bin/env python3
"""Draws the excerpts of ClauseWatch's second AI-topic check set (ai-topics-checkset-2.tsv) from the Open Terms
Archive histories in ../shared/corpus/ota, with a fixed seed, for services that are not in the first check set.

Usage: scripts/draw-ai-checkset-2.py [corpus/ota] > drawn.tsv
Writes id, service, terms type, version, topics ("?" = to be labelled by hand), excerpt. The labels are written by
a person afterwards; this script only decides which paragraphs are judged. See docs/classification.md."""
import os
import random
import re
import sys

SEED = 4
OTA = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ota"
# Services of the first check set, and OpenAI (the same provider's earlier documents as ChatGPT and DALL·E).
FIRST_SET = {"ChatGPT", "Claude.ai", "DeepSeek", "Google Generative AI Services", "Grok", "xAI", "Meta AI",
             "Midjourney", "Stability AI", "GitHub Copilot", "Cursor", "Hugging Face", "Replicate", "Llama API",
             "DALL·E", "Grammarly", "OpenAI"}
# Doubao's policy is in Chinese; the cues and the model read English.
OTHER_LANGUAGE = {"Doubao"}
# Document types that govern no user content or data use (law-enforcement, copyright-claim, purchase, tracker
# and deceased-user pages) are left out so that the labelling effort goes to documents that can speak about AI.
SKIPPED_TYPES = {"Law Enforcement Guidelines", "Copyright Claims Policy", "In-App Purchases Policy",
                 "Trackers Policy", "Deceased Users"}
AI_WORDS = re.compile(
    r"\b(ai|a\.i\.|artificial intelligence|machine learning|generative|genai|models?|llms?|train|trains|training|"
    r"trained|chatbots?|assistants?|automated|algorithms?|outputs?|prompts?|inputs?|licen[cs]es?|retain|retention|"
    r"review|reviewers?|opt[- ]out|de-identified|aggregated|generated|synthetic)\b", re.I)
# Targeted draw for the rare topics: an AI word together with a word of the topic's subject. Deliberately broader
# than any cue, so that the draw does not favour wording the classifier already knows.
AI_CORE = r"(\bai\b|artificial intelligence|machine learning|generative|\bmodels?\b|\btrain|\bllm|chatbot|assistant)"
TARGETS = {
    "F2": (AI_CORE, r"(opt[- ]out|turn off|settings?|object|choose|choice|control|withdraw|disable)"),
    "F3": (AI_CORE + r"|(conversations?|chats?|prompts?)", r"(\breview|reviewers?|human|people|annotat|moderator)"),
    "F4": (AI_CORE + r"|(conversations?|chats?|prompts?)", r"(retain|retention|delete|deletion|stored?|kept|\bdays\b|months)"),
    "D2": (AI_CORE + r"|(outputs?|generated)", r"(\bown\b|owns|ownership|belong|title to|rights? (in|to))"),
    "D3": (r"(outputs?|generated|ai features?|ai tools?|generative)", r"(must not|may not|not (to )?use|restrict|prohibit|only (for|use))"),
}
PER_TARGET = 10
OLDER_PER_DOC = 2
NEAR_TOPICS = ("F2", "F4", "D3")
PER_NEAR_TARGET = 8


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
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


def documents():
    for service in sorted(os.listdir(OTA)):
        folder = os.path.join(OTA, service)
        if service in FIRST_SET | OTHER_LANGUAGE or not os.path.isdir(folder) or service == "declarations":
            continue
        for terms_type in sorted(os.listdir(folder)):
            versions = sorted(v for v in os.listdir(os.path.join(folder, terms_type)) if v.endswith(".md"))
            if terms_type not in SKIPPED_TYPES and versions:
                yield service, terms_type, versions


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def take(service, terms_type, version, paragraph, stratum):
        text = excerpt(paragraph)
        if text not in seen:
            seen.add(text)
            rows.append((service, terms_type, version[:-3], stratum, text))

    latest = []
    for service, terms_type, versions in documents():
        version = versions[-1]
        paras = list(dict.fromkeys(paragraphs(os.path.join(OTA, service, terms_type, version))))
        latest.append((service, terms_type, version, paras))
        ai = [p for p in paras if AI_WORDS.search(p)]
        other = [p for p in paras if not AI_WORDS.search(p)]
        for p in rng.sample(ai, min(3, len(ai))) + rng.sample(other, min(1, len(other))):
            take(service, terms_type, version, p, "document")
    for topic, (subject, words) in TARGETS.items():
        pool = [(s, t, v, p) for s, t, v, paras in latest for p in paras
                if excerpt(p) not in seen and re.search(subject, p, re.I) and re.search(words, p, re.I)]
        for s, t, v, p in rng.sample(pool, min(PER_TARGET, len(pool))):
            take(s, t, v, p, "targeted " + topic)
    # Older wording: paragraphs with an AI word from the first version of a document that mentions AI or training
    # (AI_TRAINING_MENTIONS.tsv), when that paragraph is no longer in the latest version.
    mentions = {}
    with open(os.path.join(OTA, "AI_TRAINING_MENTIONS.tsv"), encoding="utf-8") as f:
        for line in f.read().splitlines()[1:]:
            s, t, v, kind, n, delta = (line.split("\t") + [""] * 6)[:6]
            if n.isdigit() and int(n) > 0 and (s, t) not in mentions:
                mentions[(s, t)] = v
    for service, terms_type, version, paras in latest:
        old = mentions.get((service, terms_type))
        if old is None or old == version:
            continue
        current = set(paras)
        pool = [p for p in paragraphs(os.path.join(OTA, service, terms_type, old))
                if p not in current and re.search(AI_CORE, p, re.I)]
        for p in rng.sample(pool, min(OLDER_PER_DOC, len(pool))):
            take(service, terms_type, old, p, "older version")
    # Second targeted draw (added after the first 262 items were labelled, which gave F2, F4 and D3 only 3-5
    # positives): the topic word within 80 characters of an AI word, which the first draw's "same paragraph" rule
    # did not require.
    for topic in NEAR_TOPICS:
        subject, words = TARGETS[topic]
        near = re.compile(f"{subject}.{{0,80}}{words}|{words}.{{0,80}}{subject}", re.I | re.S)
        pool = [(s, t, v, p) for s, t, v, paras in latest for p in paras if excerpt(p) not in seen and near.search(p)]
        for s, t, v, p in rng.sample(pool, min(PER_NEAR_TARGET, len(pool))):
            take(s, t, v, p, "near " + topic)
    print("id\tservice\tterms type\tversion\tstratum\ttopics\texcerpt")
    for i, (s, t, v, stratum, text) in enumerate(rows, start=1):
        print(f"{i}\t{s}\t{t}\t{v}\t{stratum}\t?\t{text}")


if __name__ == "__main__":
    main()
