#!/usr/bin/env python3
"""Writes a deterministic archive of realistic draft resolutions for the benchmark.

usage: generate-archive.py FOLDER MEGABYTES [--single-paragraph]

Files of several resolutions each: Code/Committee/Topic headers, an authoring body,
italic preambular and operative openers, numbered operative clauses with lettered
sub-clauses, resolution citations, acronyms spelled out then used, and a few mistakes
per resolution (a lost italic, a wrong clause ending, a repeated word, an undefined
acronym, a citation whose year does not fit, a clause pasted twice); every 50th file is
a resolution copied from an earlier file. With --single-paragraph, one file holding
one paragraph of the given size instead (the worst case for per-paragraph work).
"""
import os
import random
import sys

PREAMBULAR = ["Recalling", "Reaffirming", "Noting with concern", "Deeply concerned", "Recognizing", "Acknowledging",
              "Bearing in mind", "Emphasizing", "Guided by", "Welcoming", "Alarmed", "Taking note", "Stressing",
              "Convinced", "Aware", "Expressing concern", "Noting further", "Having considered", "Mindful"]
OPERATIVE = ["Urges", "Calls upon", "Requests", "Encourages", "Invites", "Recommends", "Decides", "Welcomes",
             "Emphasizes", "Supports", "Further requests", "Strongly encourages", "Affirms", "Endorses", "Notes"]
BODIES = [("United Nations Development Programme", "UNDP"), ("World Health Organization", "WHO"),
          ("United Nations Office on Drugs and Crime", "UNODC"), ("International Labour Organization", "ILO"),
          ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
          ("United Nations Environment Programme", "UNEP"), ("Food and Agriculture Organization", "FAO")]
COMMITTEES = ["Disarmament and International Security Committee", "Economic and Financial Committee",
              "Social, Humanitarian and Cultural Committee", "Human Rights Council", "Commission on Narcotic Drugs"]
NOUNS = ["access", "water", "education", "health", "security", "cooperation", "capacity", "data", "funding", "training",
         "infrastructure", "communities", "women", "children", "refugees", "migrants", "farmers", "fisheries", "forests",
         "energy", "justice", "institutions", "partnerships", "research", "vaccines", "housing", "transport", "trade",
         "debt", "climate", "oceans", "borders", "elections", "media", "technology", "finance", "sanitation", "schools"]
ADJECTIVES = ["sustainable", "regional", "national", "rural", "urban", "international", "transparent", "inclusive",
              "affordable", "voluntary", "coordinated", "long-term", "public", "private", "local", "digital", "resilient"]
VERBS = ["strengthen", "expand", "support", "improve", "coordinate", "finance", "monitor", "protect", "promote",
         "develop", "share", "review", "establish", "implement", "assess", "report on", "facilitate", "encourage"]


def phrase(rng, words):
    parts = []
    for _ in range(words // 4):
        parts.append(f"{rng.choice(VERBS)} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} and {rng.choice(NOUNS)}")
    return ", ".join(parts)


def resolution(rng, number):
    session = rng.randint(60, 78)
    year = 1945 + session
    body, acronym = rng.choice(BODIES)
    lines = [f"Code: GA{rng.randint(1, 6)}/{number // 10 + 1}/{number % 10 + 1}",
             f"Committee: {rng.choice(COMMITTEES)}",
             f"Topic: {rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} and {rng.choice(NOUNS)}", "",
             "The General Assembly,", ""]
    preamble = rng.randint(6, 12)
    for index in range(preamble):
        opener = rng.choice(PREAMBULAR)
        text = phrase(rng, rng.randint(16, 40))
        if index == 0:
            text = f"its resolution {session}/{rng.randint(1, 300)} of {rng.randint(1, 28)} December {year} on {text}"
        if index == 1:
            text = f"the work of the {body} ({acronym}) to {text}"
        italic = f"*{opener}*" if not (index == 3 and number % 3 == 0) else opener   # a lost italic
        lines += [f"{italic} {text},", ""]
    operative = rng.randint(6, 14)
    previous = None
    for index in range(1, operative + 1):
        opener = rng.choice(OPERATIVE)
        text = phrase(rng, rng.randint(16, 48))
        if index == 8 and number % 6 == 0:
            opener, text = previous                                       # a clause pasted twice
        previous = (opener, text)
        if index == 2:
            text = f"{acronym} and Member States to {text}"
        if index == 3 and number % 4 == 0:
            text = f"the the {text}"                                      # a repeated word
        if index == 4 and number % 5 == 0:
            text = f"the IXQ network to {text}"                           # an undefined acronym
        if index == 5 and number % 7 == 0:
            text = f"{text}, recalling resolution {session}/12 ({year + 9})"  # a year that does not fit
        last = index == operative
        if index == 3 and not last:
            lines += [f"{index}. *{opener}* {text}:", ""]
            for letter in "abc":
                lines += [f"   ({letter}) {phrase(rng, rng.randint(8, 20))};", ""]
            continue
        ending = "." if last else ("," if index == 6 and number % 2 == 0 else ";")   # a wrong ending
        lines += [f"{index}. *{opener}* {text}{ending}", ""]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    folder, megabytes = sys.argv[1], float(sys.argv[2])
    target = int(megabytes * 1_000_000)
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20261122)
    if "--single-paragraph" in sys.argv:
        words = []
        size = 0
        while size < target:
            word = rng.choice(NOUNS + ADJECTIVES + VERBS)
            words.append(word)
            size += len(word) + 1
        with open(os.path.join(folder, "one-paragraph.md"), "w") as handle:
            handle.write("*Recalling* " + " ".join(words) + ",\n")
        return
    written, number, file_index = 0, 0, 0
    firsts = []
    while written < target:
        file_index += 1
        parts = []
        if file_index % 50 == 0:
            parts.append(rng.choice(firsts))                             # copied from an earlier file
        else:
            for _ in range(rng.randint(3, 8)):
                number += 1
                parts.append(resolution(rng, number))
            firsts.append(parts[0])
        text = "\n".join(parts)
        path = os.path.join(folder, f"session-{file_index // 100:03d}", f"resolutions-{file_index:05d}.md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            handle.write(text)
        written += len(text.encode())
    print(f"{folder}: {file_index} files, {number} resolutions, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
