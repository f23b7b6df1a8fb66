# %% [markdown]
# # 01 · Reading the article: text, structure, quotes and sources
#
# Before counting anything, look at the article the way the toolkit sees it: a file with metadata, a text cut
# into paragraphs, sentences and tokens that can always be traced back to the exact characters, its
# quotations, and the people it quotes. The notebook ends with a detective exercise: what do the article's
# own cues say about who published it?
#
# | | |
# |---|---|
# | **Goals** | Load an article and read its metadata; split it into paragraphs, sentences and tokens and check that every offset points back to the text; find its headline, lead and body; list its quotations and who is quoted, named or anonymous, with which reporting verb; weigh textual cues to an unknown publisher |
# | **Prerequisites** | [00-start-here](00-start-here.ipynb) (the Python and pandas primer) |
# | **Time** | About 75 minutes |
# | **Data** | The seed article (`data/articles/seed.txt`, publisher unknown) in the bundled corpus |
# | **Level** | Beginner |
# | **Glossary** | Terms in links are defined in the [course glossary](../docs/glossary.md) |

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# As in notebook 00: load the corpus, keep the article's row as `article` (a one-row table) and its text as
# `text`.

# %%
from pathlib import Path

import mediakit as mk
import pandas as pd
from mediakit.spans import section_of

pd.set_option("display.max_colwidth", 80)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of: {', '.join(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]
text = article["text"].iloc[0]
print(f"{len(corpus)} articles loaded; this notebook is about {ARTICLE!r}.")

# %% [markdown]
# ## 1. Loading an article and its metadata
#
# An article file is plain UTF-8 text with a small **header** between two `---` lines: one `key: value` per
# line (id, title, outlet, published, url, author, language, kind, notes), then the text, with paragraphs
# separated by blank lines (format: `data/README.md`). Metadata matters for framing analysis: whether a text is
# `published` or `constructed`, and who published it, decides what a result can be evidence of.
#
# There are two ways in:
#
# - `mk.load_example_corpus()` (or `mk.load_corpus(folder)`) loads many files into a **corpus frame**, one row
#   per article: that is `corpus` above;
# - `mk.load_article(path)` loads **one** file into an `Article` record, whose fields you read with a dot
#   (`record.title`). It never changes the file.
#
# The next cell finds the article's file (for the seed, `../data/articles/seed.txt`, relative to this
# notebook's folder), shows its first lines as they are on disk, and loads it. `Path` is Python's way of
# handling file paths; `.exists()` checks that the file is there.

# %%
row = article.iloc[0]  # the article's row, as a Series: row["title"], row["path"], ...
if CORPUS_PATH is None:
    file = Path("../data/articles") / f"{ARTICLE}.txt"
else:
    file = Path(row["path"]) if isinstance(row.get("path"), str) else None
if file is None or not file.exists():  # e.g. a corpus read from a CSV table: no file per article
    file = Path(row["path"]) if isinstance(row.get("path"), str) and Path(row["path"]).exists() else None

if file is not None:
    print(f"The file {file}, as stored (first 6 lines):\n")
    print("\n".join(file.read_text(encoding="utf-8").splitlines()[:6]))
    record = mk.load_article(file)
else:
    print("No file for this article; building the record from the corpus row instead.")
    record = mk.Article(id=ARTICLE, text=text, title=str(row.get("title", "")), kind=str(row.get("kind", "")))

print()
print(record)  # a short summary: id, outlet, date, words
print("title:    ", record.title)
print("outlet:   ", record.outlet or "(empty)")
print("published:", record.published)
print("kind:     ", record.kind)
print("same text as in the corpus frame:", record.text == text)

# %% [markdown]
# The header is not part of the text: `record.text` starts with the headline. For the seed, `outlet` is
# `unknown` and `url` and `author` are empty: the file came without them, and the project did not guess.
#
# ### Your turn
#
# **Warm-up.** Print the `notes` field of `record`. What does it say about the date?

# %% tags=["solution"]
print(record.notes)

# %% [markdown]
# **Core.** Which metadata fields of your article are empty? (Hint: `record.to_dict()` turns the record into a
# dictionary, a set of `key: value` pairs; `for key, value in record.to_dict().items():` loops over them.) For
# each empty field, say what a researcher cannot do without it.

# %% tags=["solution"]
for key, value in record.to_dict().items():
    if value in ("", None):
        print("empty:", key)
# For the seed: url and author are empty (and outlet is "unknown"). Without a URL nobody can check the text
# against the published page or its date; without an author or outlet, no claim about who framed the events
# this way can be made, and the article cannot be placed among an outlet's other coverage.

# %% [markdown]
# **Stretch.** Write a three-line article of your own to a temporary folder, with a header that gives it an
# `id`, a `title` and `kind: constructed`, and load it with `mk.load_article`. (Hint: `import tempfile`;
# `with tempfile.TemporaryDirectory() as folder:` gives a folder that is deleted afterwards;
# `path.write_text(content, encoding="utf-8")` writes a file.)

# %% tags=["solution"]
import tempfile

content = """---
id: my-test
title: Talks resume in Paris
kind: constructed
---
Talks resume in Paris

Diplomats met again on Friday. Officials said the mood was calm.
"""
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "my-test.txt"
    path.write_text(content, encoding="utf-8")
    mine = mk.load_article(path)
print(mine)
print(mine.kind, "|", mine.title, "|", repr(mine.text))

# %% [markdown]
# ## 2. Paragraphs, sentences and tokens, with offsets
#
# Every analysis in mediakit starts from one pass of segmentation, `mk.parse(text)`, which returns a `Doc`
# holding the **paragraphs** (separated by blank lines), **sentences** and **tokens** (words, numbers and
# single punctuation marks) of the text. The rules are simple and written down (`docs/segmentation.md`): a
# sentence ends at `.`, `!` or `?` followed by a space, except after abbreviations such as `Mr.` or `U.S.`,
# and every paragraph break ends a sentence, so a headline without a full stop is a sentence of its own.
#
# Each unit is a `Span` with three fields: `start` and `end`, its **character offsets** (positions in the
# text, counting from 0), and `text`. The promise that makes every later result checkable:
# `text[span.start:span.end] == span.text`. (`text[a:b]` is a *slice* of the string: the characters from
# position `a` up to, not including, `b`.)

# %%
doc = mk.parse(text)
print(len(doc.paragraphs), "paragraphs,", len(doc.sentences), "sentences,", len(doc.tokens), "tokens,",
      doc.n_words, "words")
print()
first = doc.sentences[0]
print(first)  # a Span: start, end, text
print("text[start:end] gives back:", repr(text[first.start:first.end]))

# %%
pd.DataFrame(doc.tokens[:12])  # the first 12 tokens, as a table: start, end, text

# %% [markdown]
# Punctuation marks are tokens too, so that every non-space character belongs to exactly one token; **words**
# are the tokens that start with a letter or a digit (`doc.words`, `doc.n_words`). A word such as `Kiev’s` or
# `30-day` stays whole. Now check the promise on *every* token: the line below is True only if slicing the
# text with each token's offsets gives back exactly the token.

# %%
print(all(text[t.start:t.end] == t.text for t in doc.tokens))

# %% [markdown]
# That line used a **generator expression** inside `all(...)`: `... for t in doc.tokens` runs the comparison
# once per token, and `all` is True only if every comparison is. The same idea in square brackets,
# `[len(s.text) for s in doc.sentences]`, builds a list (a *list comprehension*): a one-line `for` loop.
#
# ### Your turn
#
# **Warm-up.** Which sentence of the article is the longest in characters? Print it. (Hint: `max(doc.sentences,
# key=lambda s: len(s.text))` returns the sentence with the largest length; `key=` says what to compare.)

# %% tags=["solution"]
longest = max(doc.sentences, key=lambda s: len(s.text))
print(len(longest.text), "characters:")
print(longest.text)

# %% [markdown]
# **Core.** Check the promise for sentences and paragraphs as well. Then print what lies *between* the first
# and the second sentence, `text[s0.end:s1.start]`, with `repr()` so that invisible characters show. What is
# it, and why is it not part of either sentence?

# %% tags=["solution"]
print(all(text[s.start:s.end] == s.text for s in doc.sentences))
print(all(text[p.start:p.end] == p.text for p in doc.paragraphs))
if len(doc.sentences) > 1:
    s0, s1 = doc.sentences[0], doc.sentences[1]
    print(repr(text[s0.end:s1.start]))
# For the seed: '\n\n', the blank line between the headline and the lead. White space between units belongs
# to no unit, so spans never overlap and each character of a sentence is in exactly one sentence.

# %% [markdown]
# **Stretch.** Find the first occurrence of a word of your choice (try `"Moscow"`) with `text.find(word)`,
# which returns its offset, or -1 if the word is absent. Which sentence is it in (`doc.sentence_index(offset)`)?
# Print that sentence and check that slicing the text at the offset gives the word back.

# %% tags=["solution"]
word = "Moscow"
offset = text.find(word)
if offset == -1:
    print(f"{word!r} does not occur in {ARTICLE}.")
else:
    number = doc.sentence_index(offset)
    print(f"{word!r} first occurs at character {offset}, in sentence {number}:")
    print(doc.sentences[number].text)
    print(text[offset:offset + len(word)] == word)

# %% [markdown]
# ## 3. Headline, lead and body
#
# News is written in an "inverted pyramid": the most important information first. The headline and the
# first paragraph, the [lead](../docs/glossary.md#lead), are what most readers see, so a choice placed there
# weighs more than the same choice in the last paragraph (Bell 1991; van Dijk 1988). mediakit gives each
# sentence a **section** (`docs/codebook.md`): `headline` (the first paragraph, when it is one line without
# final punctuation), `lead` (the first paragraph after the headline) and `body` (the rest). Every detector hit
# carries the section of its sentence. The function behind it is `section_of(doc, sentence_number)`.
#
# Below, a table of sentences with their section and word count. `pd.DataFrame(doc.sentences)` turns the list
# of spans into a table; the two list comprehensions add a column each.

# %%
sentence_table = pd.DataFrame(doc.sentences)
sentence_table["section"] = [section_of(doc, i) for i in range(len(doc.sentences))]
sentence_table["words"] = [len(mk.parse(s.text).words) for s in doc.sentences]
sentence_table[["section", "words", "text"]].head(6)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Print the text of the lead only. (Filter `sentence_table` on `section == "lead"`.)

# %% tags=["solution"]
for sentence in sentence_table.loc[sentence_table["section"] == "lead", "text"]:
    print(sentence)

# %% [markdown]
# **Core.** How many sentences and words does each section have? (Hint: `groupby("section")` and `.agg(...)`,
# or two separate `groupby` lines: `["words"].sum()` and `.size()`.) What share of the article's words are in
# the headline and lead together?

# %% tags=["solution"]
# sort=False keeps the sections in the order of the text; agg names each new column and how it is computed
by_section = sentence_table.groupby("section", sort=False).agg(
    sentences=("text", "size"), words=("words", "sum")
)
print(by_section)
top = by_section["words"].reindex(["headline", "lead"]).fillna(0).sum()
print(f"headline + lead: {top / by_section['words'].sum():.0%} of the words")

# %% [markdown]
# **Stretch.** Run the loaded-language and hedge detectors on the article (as in notebook 00:
# `pd.concat([mk.detect_loaded(article), mk.detect_hedges(article)])`) and count their hits per section. Per
# word, is the headline-and-lead denser in hits than the body?

# %% tags=["solution"]
hits = pd.concat([mk.detect_loaded(article), mk.detect_hedges(article)])
per_section = pd.DataFrame({
    "hits": hits["section"].value_counts(),
    "words": sentence_table.groupby("section")["words"].sum(),
}).reindex(["headline", "lead", "body"]).fillna(0)  # the sections in reading order; 0 where absent
per_section["hits_per_100_words"] = (100 * per_section["hits"] / per_section["words"]).round(1)
per_section
# For the seed, the headline and lead are several times denser than the body: "Reportedly", "Former
# Ukrainian Lands", "Kiev", "former Ukrainian territories" all come in the first two sentences.

# %% [markdown]
# ## 4. Quotations
#
# [Quoted speech](../docs/glossary.md#quoted-speech) is other people's words inside quotation marks. The
# distinction matters for every later count: a loaded word in a quotation is the speaker's, not the writer's
# (the writer chose to quote it, which is a different choice). `mk.quotes(text)` finds straight, curly and
# angle quotation marks, nested quotes included. Each `Quote` has `start`/`end` (with the marks),
# `inner_start`/`inner_end` (the words between them), `level` (0 for a top-level quote) and `closed`.
#
# The `Doc` also marks, for every token, whether it lies inside a quotation (`doc.token_in_quote`), which
# gives the share of the article's words that are quoted rather than the [author's
# voice](../docs/glossary.md#authors-voice).

# %%
quote_table = pd.DataFrame(mk.quotes(text))
print(len(quote_table), "quotations")
quote_table[["start", "end", "level", "closed", "text"]].head()

# %%
quoted_words = sum(inside and is_word for inside, is_word in zip(doc.token_in_quote, doc.token_is_word))
print(f"{quoted_words} of {doc.n_words} words ({quoted_words / doc.n_words:.0%}) are inside quotation marks")

# %% [markdown]
# Not every pair of quotation marks holds speech: a short quoted term that nobody is quoted as saying may be
# a [scare quote](../docs/glossary.md#scare-quote), the writer's distance from a word (the so-called
# “referendum”). `zip(a, b)` walks two lists side by side, so the line above counts tokens that are both inside
# a quotation and a word.
#
# ### Your turn
#
# **Warm-up.** Print the longest quotation of the article, without its quotation marks. (Use `inner_start` and
# `inner_end` to slice `text`; `quote_table["end"] - quote_table["start"]` is the length of each.)

# %% tags=["solution"]
if quote_table.empty:
    print("This article has no quotations.")
else:
    longest_quote = quote_table.loc[(quote_table["end"] - quote_table["start"]).idxmax()]
    print(text[longest_quote["inner_start"]:longest_quote["inner_end"]])

# %% [markdown]
# **Core.** List the short quotations (four words or fewer). For each, decide by reading the sentence: is it
# someone's speech or the writer's scare quote? (Hint: `len(q.split())` counts the words of a string `q`.)

# %% tags=["solution"]
if quote_table.empty:
    print("This article has no quotations.")
else:
    inner = [text[a:b] for a, b in zip(quote_table["inner_start"], quote_table["inner_end"])]
    for q, start in zip(inner, quote_table["start"]):
        if len(q.split()) <= 4:
            print(f"{q!r:20} in: {doc.sentences[doc.sentence_index(start)].text}")
# For the seed: "move on" and "within days." are both Rubio's words, introduced by "Rubio hinted that ...":
# speech, not scare quotes, even though they are short. mediakit decides the same way (a reporting verb and a
# speaker are found for them; see docs/sourcing.md, "Speech, scare quote or mention").

# %% [markdown]
# **Stretch.** Compute the share of quoted words for every article in the corpus and sort it. (Parse each text
# in a loop, or write a small function with `def` and use it in a list comprehension.) Which kinds of text
# quote most? Remember that eight of the nine texts were written for the course.

# %% tags=["solution"]
def quoted_share(t):
    d = mk.parse(t)
    inside = sum(q and w for q, w in zip(d.token_in_quote, d.token_is_word))
    return inside / d.n_words if d.n_words else 0.0


shares = corpus[["doc_id", "kind"]].copy()
shares["quoted_share"] = [quoted_share(t) for t in corpus["text"]]
shares.sort_values("quoted_share", ascending=False)
# The seed and its rewrites quote the most (about a quarter of their words); the constructed accounts quote
# short phrases and paraphrase the rest. That difference was written into the teaching texts, so it says
# nothing about real outlets.

# %% [markdown]
# ## 5. Who is quoted, and how
#
# [Sourcing](../docs/glossary.md#sourcing) is a framing choice: who is given the floor, how much of it,
# whether they are named, and which [reporting verb](../docs/glossary.md#reporting-verb) introduces them
# ("said" versus "claimed", "hinted" or "admitted"; Bell 1991; Caldas-Coulthard 1994).
# `mk.detect_sources(article)` returns one row per source: `quote` rows for direct quotations, and
# `attribution` rows for indirect speech and vague sourcing ("One official told Bloomberg that ...", "citing
# unnamed European officials"). `detail` says whether the source is `named`, `anonymous` or `media` (a news
# organisation or report); `verb_type` classifies the reporting verb (`docs/sourcing.md`). The rules are
# deterministic and documented; they can be wrong, so read the table against the text.

# %%
sources = mk.detect_sources(article)
sources[["text", "label", "detail", "speaker", "verb", "verb_type", "affiliation"]]

# %% [markdown]
# `mk.quote_shares(sources)` answers "whose words fill the quotations?": per speaker, the number of quotations,
# the quoted words and the share of all quoted words.

# %%
mk.quote_shares(sources)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** How many sources of each `detail` (named, anonymous, media) does the article have? (Use
# `value_counts()`.)

# %% tags=["solution"]
sources["detail"].value_counts()

# %% [markdown]
# **Core.** List the reporting verbs that are *not* neutral, with their type, speaker and the source's text.
# Who gets them? Would the sentence read differently with "said"?

# %% tags=["solution"]
marked = sources[(sources["verb_type"] != "neutral") & (sources["verb_type"] != "")]
marked[["speaker", "verb", "verb_type", "text"]]
# For the seed: "hinted" (Rubio, twice), "indicate" (Sources) and "indicated" (Moscow) are speculative: they
# present the words as tentative or indirect. "Rubio hinted that Washington was prepared to 'move on'" makes a
# public statement sound like a veiled signal; "Rubio said" would report it as a plain statement.

# %% [markdown]
# **Stretch.** Compute `mk.quote_shares` for the whole corpus and show, for each article, the speaker with the
# largest share. (Hint: `sort_values("share", ascending=False).groupby("doc_id").head(1)` keeps the top row of
# each article.) What do you see for the seed, and what do you *not* see: whose voice is absent?

# %% tags=["solution"]
all_sources = mk.detect_sources(corpus)
top_speakers = mk.quote_shares(all_sources).sort_values("share", ascending=False).groupby("doc_id").head(1)
top_speakers[["doc_id", "speaker", "affiliation", "n_quotes", "share"]].sort_values("doc_id")
# For the seed, Russia's UN envoy Nebenzia has about two thirds of the quoted words and Rubio the rest; no
# Ukrainian speaker is quoted at all, although Kyiv's position is reported indirectly ("One official told
# Bloomberg that Kiev still needs to discuss the proposal"). Absence is an indicator too; only comparison
# shows it.

# %% [markdown]
# ## 6. Who published the seed? Reading the cues
#
# The seed came without a publisher. Journalists, researchers and fact-checkers often face texts like this: a
# copy on an aggregator, a screenshot, a syndicated story. A text carries **cues** to its origin: house
# spelling and abbreviation style (`U.S.` or `US`, `-ize` or `-ise`), naming conventions that differ between
# outlets ([contested naming](../docs/glossary.md#contested-naming): Kiev/Kyiv, "former Ukrainian territories"
# / "occupied territories"; see the table in `docs/events.md`), how it sources (its own reporters, or relaying
# another outlet's report), which reporting verbs it uses for whom, and what it puts first. None of these
# proves anything on its own: style guides change, copies are edited, and many outlets share conventions.
#
# The cell below collects a few of these cues for the article. `re.findall(pattern, text)` (from Python's
# regular-expression module `re`) finds every match of a pattern; `\b` marks a word boundary, so `\bUS\b` does
# not match inside another word.

# %%
import re

spelling = {
    "Kiev": len(re.findall(r"\bKiev", text)),
    "Kyiv": len(re.findall(r"\bKyiv", text)),
    "US (no full stops)": len(re.findall(r"\bUS\b", text)),
    "U.S.": text.count("U.S."),
    "recognize (-ize)": len(re.findall(r"\brecogniz", text)),
    "recognise (-ise)": len(re.findall(r"\brecognis", text)),
}
print(pd.Series(spelling, name="occurrences"))
print()
naming = mk.naming(article)
naming.loc[naming["count"] > 0, ["pair", "variant", "count", "used_by"]]

# %% [markdown]
# `used_by` comes from the lexicon: who is documented as using each variant (`russian_state`, `ukrainian`,
# `western`). It describes a convention, not an outlet.
#
# ### Your turn
#
# **Warm-up.** Look at the naming hits in context with `mk.kwic(article, "Kiev|Kyiv", regex=True)`
# ([kwic](../docs/glossary.md#kwic): keyword in context). Are any of them inside a quotation, where they would
# be the speaker's choice rather than the writer's?

# %% tags=["solution"]
context = mk.kwic(article, "Kiev|Kyiv", regex=True, window=5)
context[["left", "match", "right", "in_quote"]]
# For the seed: all five "Kiev" are in the writer's own voice (in_quote is False): the spelling is the
# article's choice, not a quoted speaker's.

# %% [markdown]
# **Core (open question).** Using everything in this notebook and notebook 00 (spelling, naming, sourcing,
# reporting verbs, what comes first, whose voice is missing), what do the cues suggest about who published the
# seed? For each cue, say what it points to and how strong it is. Then say how sure you can be, and why.

# %% [markdown] tags=["solution"]
# *A model answer. The publisher is **not confirmed**, and this answer does not name one: it weighs cues.*
#
# **What the cues suggest.**
# - **Naming.** "Kiev" five times and never "Kyiv", in the writer's own voice. AP, the BBC and the Guardian
#   switched to "Kyiv" in 2019; Russian state media keep "Kiev" (`docs/events.md`).
#   "Former Ukrainian Lands/territories" and "territories formerly under Ukrainian control, but now part of
#   Russia" treat the transfer of territory as settled: the fact sheet documents this wording in RT-style
#   rewrites ("territories formerly belonging to Ukraine"), and the manifest lists an RT-style copy of the same
#   Bloomberg story with similar wording (`rt-copy-bloomberg-plan`, itself of **unconfirmed** origin). This is
#   the strongest cue: it points towards an outlet that follows Russian state media naming conventions.
# - **Sourcing and structure.** The headline opens with a credit, "Bloomberg: ...", and the story is built on
#   another outlet's report plus public remarks, with no reporting of its own (no dateline, no byline, no own
#   interviews): the pattern of a rewrite desk or an aggregator relaying other outlets' stories. Russia's UN
#   envoy gets about two thirds of the quoted words, no Ukrainian official is quoted, and Ukraine's breaches of
#   the energy moratorium are stated in the writer's voice with Russia's start date (March 18; Ukraine counts
#   from 25 March).
# - **Reporting verbs and hedges.** Rubio "hinted", "Sources indicate", Moscow "has indicated": speculative
#   verbs, applied to the US side as well. "Moscow has indicated that a complete ceasefire ... is unlikely"
#   is softer than Nebenzia's documented "simply unrealistic at this stage". "The now-defunct Minsk
#   agreements" is a verdict in the writer's voice. These cues are weak on their own: many outlets hedge a
#   second-hand report.
# - **House style.** "US" and "UK" without full stops (AP and Reuters write "U.S."), and the American
#   "recognize". Weak cues: many outlets write "US", and spelling is easily changed by a copy desk.
#
# **Cues pointing the other way.** The text avoids the strongest Russian-state vocabulary: no "Kiev regime",
# no "special military operation", no "new regions"; it calls the war "the Russia-Ukraine conflict" and
# reports that “Kiev’s European allies wouldn’t recognize the territories as Russian”.
#
# **How sure can you be?** Not sure at all about the *publisher*. The cues are consistent with an
# English-language outlet that follows Russian state media naming conventions, or with a site republishing
# such material, but (1) conventions are shared: "Kiev" is still used by some outlets that are not Russian,
# and aggregators copy text from many sources; (2) a text can be syndicated, rewritten or scraped, so the
# words may not be the final publisher's; (3) the lexicon's own descriptions ("RT-style wording") describe a
# *convention*, not a publisher; and (4) nothing in the text (no URL, byline, dateline or outlet name)
# identifies it. The cues narrow the field; they cannot confirm who published it. That is why the project
# records `outlet: unknown`.

# %% [markdown]
# **Stretch (open question).** What evidence *outside* the text would settle the question, and how would you
# use the coverage manifest and mediakit to test your hypothesis without fooling yourself?

# %% [markdown] tags=["solution"]
# *Possible answer.* Decisive evidence is external: the original URL or a dated archived copy (for example in
# a web archive) showing the text on an outlet's site; the source file's provenance (who supplied it, from
# where); an exact or near-exact match of its sentences with a published page. A search for a distinctive
# sentence ("Sources indicate this roadmap would essentially freeze the conflict") is the fastest first step.
#
# With mediakit, on real coverage fetched from the manifest (notebook 07): compare the seed with candidate
# outlets' articles on the same story, measuring the same indicators (naming shares, reporting-verb types,
# quote shares), and compare each candidate with outlets of *other* registers too, so that a match is not just
# "any rewrite of Bloomberg". Decide in advance which cues would count against your hypothesis. Even a close
# stylistic match only shows a shared convention or a shared source; only provenance or a textual match
# identifies a publisher. Remember the manifest's warnings: many rows are copies, and the "RT" rows are marked
# unconfirmed.

# %% [markdown]
# ## Discussion questions
#
# 1. The toolkit's offsets let anyone trace a count back to the exact characters. Why does that matter when a
#    result is contested?
# 2. A loaded word inside a quotation is the speaker's; choosing to quote it is the writer's. How should a
#    study count such words?
# 3. The seed quotes a Russian diplomat at length and reports Kyiv's view only through an anonymous
#    European official. Is that a framing choice, a consequence of what was available to the writer, or
#    both? How could you tell?
# 4. In the publisher exercise, which cue would you have trusted most before this notebook, and which do you
#    trust most now?
#
# ## References
#
# - Bell, A. (1991). *The Language of News Media*. Oxford: Blackwell.
# - Caldas-Coulthard, C. R. (1994). On reporting reporting: the representation of speech in factual and
#   factional narratives. In M. Coulthard (ed.), *Advances in Written Text Analysis*. London: Routledge.
# - van Dijk, T. A. (1988). *News as Discourse*. Hillsdale, NJ: Lawrence Erlbaum.
# - The project's documentation: `docs/segmentation.md`, `docs/sourcing.md`, `docs/codebook.md`,
#   `docs/events.md`.
#
# **[Next: 02-readability](02-readability.ipynb)**: what readability formulas measure, the counts behind the
# scores, and the article against the comparison texts.
