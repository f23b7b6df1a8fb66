# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 07 · Your own corpus: your articles, the real coverage, your lexicons, exports and scale
#
# *For researchers, and for students who want to take the method beyond the bundled texts.* The course so far
# worked on nine short texts that ship with mediakit. This notebook shows how to bring in your own articles,
# fetch the real coverage listed in the project's manifest, change the word lists, save results so that others
# can check them, and run the same analysis from the command line and on large corpora.
#
# | | |
# |---|---|
# | **Goals** | load your own articles from files and from tables; read mediakit's error messages and fix the input; fetch the real coverage (on a networked machine) and work with the cache offline; extend and restrict a lexicon and pass it to a detector; export a table with its provenance; use the `mediakit` command; plan an analysis of a large corpus |
# | **Prerequisites** | notebooks 00-05 (the Python primer of 00; the detectors of 03-04; `mk.analyze` from 05) |
# | **Time** | 75 minutes; core path about 50 minutes (skip the Stretch exercises and section 8) |
# | **Data** | the article named in `ARTICLE` (default: the seed), copied into a temporary folder; two short practice texts and a small table written by this notebook; the coverage manifest (links only: nothing is downloaded) |
# | **Level** | advanced (researchers; students who finished 00-05) |
# | **Libraries** | mediakit, pandas and the standard library (`pathlib`, `tempfile`, `json`, `subprocess`); Dask if installed |
#
# Terms in links are explained in the [glossary](../docs/glossary.md). Everything here runs offline: the one
# step that needs the network (fetching) is shown, not run.

# %% [markdown]
# ## Parameters
# As in every notebook, the next cell names the article the course is about. This notebook mostly works on
# files it writes itself, but it copies your `ARTICLE` into them, so every cell also works for another article
# or your own corpus (`CORPUS_PATH`).

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
# Besides mediakit and pandas we import a few modules of Python's standard library (they come with Python,
# nothing to install): `pathlib` for file paths, `tempfile` for a scratch folder, `json` to read metadata files
# and `subprocess` to run commands. From mediakit's `export` module we also import one function by name
# (`from ... import ...`): `text_sha256`, which fingerprints a text (sections 4 and 6).
#
# **A scratch folder.** Everything this notebook writes goes into a temporary folder made by
# `tempfile.TemporaryDirectory`. It is deleted when the notebook's kernel shuts down, so nothing is left in
# the repository or your home folder. `Path` objects join folder and file names with `/`:
# `workspace / "my_articles"` is the folder `my_articles` inside `workspace`.
#
# **Why we silence one warning.** The readability formulas were calibrated on longer samples (SMOG on 30
# sentences), so mediakit warns (`ShortTextWarning`) when a text is shorter. Our texts are short on purpose,
# so we switch that warning off here. With your own research corpus, keep it on, or filter short texts
# afterwards with the `sentences` column.

# %%
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

import mediakit as mk
from mediakit.export import text_sha256
from mediakit.readability import ShortTextWarning

warnings.filterwarnings("ignore", category=ShortTextWarning)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of {sorted(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]
row = article.iloc[0]  # the article's row: its metadata and text

scratch = tempfile.TemporaryDirectory(prefix="mediakit-course-")
workspace = Path(scratch.name)
print(f"The article: {ARTICLE} ({len(row['text'].split())} words)")
print(f"Scratch folder (deleted when the kernel shuts down): {workspace}")

# %% [markdown]
# ## 1. Your own articles as files
#
# A *[corpus](../docs/glossary.md#corpus)* is the set of texts you analyse. mediakit keeps each article in its
# own plain-text file: UTF-8 text with a small *[metadata](../docs/glossary.md#metadata)* header between two
# `---` lines, one `key: value` per line (the format is described in
# [data/README.md](../data/README.md#article-file-format)). One file per article keeps the text readable in any
# editor, lets the metadata travel with the text, and shows every change in version control. The bundled
# articles are stored this way, and so is the real coverage once you fetch it (section 4).
#
# A corpus frame is *tidy* (Wickham 2014): one row per article, one column per variable. `mk.load_corpus(folder)`
# reads every `.txt` and `.md` file of a folder, sorted by file name, into such a frame.
#
# Let us make a folder of our own. First we copy your article into it as a file, writing its header from its
# row. The small function `header_for` builds the header lines (`def` defines a function: a named recipe we can
# reuse; the indented lines are its body, and `return` hands back the result).

# %%
def header_for(row):
    """The metadata header of one corpus row, as the first lines of an article file."""
    lines = ["---", f"id: {row['doc_id']}"]
    for key, value in row.items():
        if key in ("doc_id", "text", "path") or not (key.isidentifier() and key.islower()):
            continue  # the id is written above; the text comes after the header; keys must be lower-case
        if pd.isna(value) or value == "":
            continue  # leave out what is unknown
        if key == "published":
            value = value.date().isoformat()  # YYYY-MM-DD
        lines.append(f"{key}: {' '.join(str(value).split())}")  # a value must fit on one line
    lines.append("---")
    return "\n".join(lines)


my_folder = workspace / "my_articles"
my_folder.mkdir()
article_file = my_folder / "article.txt"
article_file.write_text(header_for(row) + "\n" + row["text"] + "\n", encoding="utf-8")
print(article_file.read_text(encoding="utf-8")[:700], "...")

# %% [markdown]
# Now two short **practice texts** of our own. They are invented for this notebook (a town council and a bus
# lane; no real place, outlet or person), and their header says so: `kind: constructed` marks a text written
# for teaching, and every mediakit table and plot will label it `[constructed]`. The second one is written to
# be loaded on purpose, so the detectors have something to find.

# %%
practice = {
    "practice-a.txt": """---
id: practice-bus-a
title: Council approves new bus lanes
outlet: Practice text (this notebook)
published: 2025-05-02
kind: constructed
notes: invented for notebook 07; not a real article
---
Council approves new bus lanes

The town council voted on Tuesday to add bus lanes on two main roads. "This will cut journeys by about ten minutes," said Mayor Ana Lopes.

Shop owners reportedly fear the plan could hurt trade. One official said the cost may rise.
""",
    "practice-b.txt": """---
id: practice-bus-b
title: Traders slam bus lane fiasco
outlet: Practice text (this notebook)
published: 2025-05-03
kind: constructed
notes: invented for notebook 07; not a real article
---
Traders slam bus lane fiasco

Furious shop owners slammed the council's disastrous bus lane scheme on Wednesday, calling it a shambles and a betrayal of the high street.

"We were never asked," said Jo Brown, who runs a bakery. Sources say the council will certainly back down.
""",
}
for name, content in practice.items():
    (my_folder / name).write_text(content, encoding="utf-8")

mine = mk.load_corpus(my_folder)
mine[["doc_id", "title", "outlet", "published", "kind"]]

# %% [markdown]
# Three files, three rows, in file-name order. The `id:` in a header becomes the `doc_id`; without one, the
# file name (without `.txt`) is used. The `path` column records where each article came from, and mediakit
# never changes your files. The copy of your article is exact: the text loaded back from the file is the same,
# character for character, as the one in the bundled corpus.

# %%
copied = mine.loc[mine["doc_id"] == ARTICLE, "text"].iloc[0]
print("Same text as the original:", copied == row["text"])

# %% [markdown]
# ### Your turn
# **Warm-up.** Write a file `no-header.txt` into `my_folder` that holds only a sentence or two of text, no
# header. Load the folder again. What are the new article's `doc_id` and `outlet`?

# %% tags=["solution"]
(my_folder / "no-header.txt").write_text("A short text without any header.\n", encoding="utf-8")
check = mk.load_corpus(my_folder)
print(check[["doc_id", "outlet", "kind"]])
(my_folder / "no-header.txt").unlink()  # remove it again so the rest of the notebook sees three articles

# %% [markdown]
# *Answer:* the id is the file name without `.txt` (`no-header`); the outlet is empty and `kind` is `unknown`,
# because nothing was recorded. (The solution deletes the file afterwards with `.unlink()`, so that later cells
# still see three articles; do the same.)

# %% [markdown]
# **Core.** Header keys beyond the standard ones become extra columns (the bundled texts use `register:`).
# Write a fourth file into a **new** folder `workspace / "extra"` with an extra key of your choice, for
# example `desk: local`, load that folder and show the new column.

# %% tags=["solution"]
extra_folder = workspace / "extra"
extra_folder.mkdir(exist_ok=True)
(extra_folder / "desk-example.txt").write_text(
    "---\nid: desk-example\ntitle: A text with an extra key\ndesk: local\nkind: constructed\n---\n"
    "The council met on Monday.\n",
    encoding="utf-8",
)
mk.load_corpus(extra_folder)[["doc_id", "title", "desk", "kind"]]

# %% [markdown]
# **Stretch.** `mk.load_corpus` also takes a list of files and folders. Load only the two practice files (not
# your article) by passing a list of their paths, and check that the result has two rows.

# %% tags=["solution"]
two = mk.load_corpus([my_folder / "practice-a.txt", my_folder / "practice-b.txt"])
print(len(two), two["doc_id"].tolist())

# %% [markdown]
# ## 2. Articles you already have in a table
#
# Many researchers receive articles as a spreadsheet or a database export: one row per article, with columns
# named whatever the source called them (`body`, `url`, `source`, `date`). Rather than making you convert such
# a table to files, mediakit meets the data where it is (as scattertext's `CorpusFromPandas` does):
#
# - `mk.corpus_from_frame(df, text="body", id="url", outlet="source", published="date")` wraps a pandas
#   table, naming which of your columns holds the text, the id and each metadata field;
# - `mk.load_corpus("articles.csv")` (also `.jsonl` and `.parquet`) reads a table file directly when it
#   already has a column called `text` (and, optionally, `doc_id` or `id`).
#
# Here is a small table with the usual problem: its columns are not called `text` and `doc_id`. We save it as
# a CSV file in the scratch folder. (`example.org` is a web address reserved for examples.)

# %%
table_rows = pd.DataFrame(
    {
        "url": ["https://example.org/news/1", "https://example.org/news/2", "https://example.org/news/3"],
        "source": ["Example Daily", "Example Daily", "Example Weekly"],
        "date": ["2025-05-02", "2025-05-03", "2025-05-03"],
        "body": [
            "The council voted to add bus lanes. Officials said the work starts in June.",
            "Critics claimed the bus lanes were rushed. The council denied it.",
            "The bus lane plan may change after a review, sources say.",
        ],
    }
)
csv_path = workspace / "my_table.csv"
table_rows.to_csv(csv_path, index=False)

from_table = mk.corpus_from_frame(table_rows, text="body", id="url", outlet="source", published="date")
from_table[["doc_id", "outlet", "published", "kind", "text"]]

# %% [markdown]
# The result is an ordinary corpus frame, so every analysis of notebooks 01-05 works on it. Two things to
# notice: `published` became a real date (so you can sort and filter by it), and `kind` is empty because the
# table did not say where the texts come from. Record it: add a `kind` column to your table (`published` for
# real coverage) and map it with `kind="kind"`.
#
# **Reading a CSV yourself.** If you read such a file with pandas before wrapping it, use
# `pd.read_csv(path, dtype=str, keep_default_na=False)`: `dtype=str` keeps ids such as `007` as text, and
# `keep_default_na=False` stops pandas from turning a text that reads "NA" or "null" into a missing value.
# That is what `mk.load_corpus` does for you.
#
# **JSON lines** (`.jsonl`: one JSON record per line) is a common export format of scrapers and databases.
# When the text column is already called `text`, `mk.load_corpus` reads the file directly; other columns (here
# `source` and `date`) are kept as extra columns.

# %%
jsonl_path = workspace / "my_table.jsonl"
table_rows.rename(columns={"body": "text", "url": "doc_id"}).to_json(jsonl_path, orient="records", lines=True)
mk.load_corpus(jsonl_path)[["doc_id", "source", "date", "text"]]

# %% [markdown]
# ### Your turn
# **Warm-up.** Read `csv_path` back with `pd.read_csv(csv_path, dtype=str, keep_default_na=False)` and wrap it
# with `mk.corpus_from_frame`, this time leaving out `id=`. What ids do the articles get?

# %% tags=["solution"]
df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
numbered = mk.corpus_from_frame(df, text="body", outlet="source")
numbered[["doc_id", "outlet"]]

# %% [markdown]
# *Answer:* without an id column the rows are numbered `doc0001`, `doc0002`, ... in table order. That is fine
# for a quick look, but give real ids (a URL, a database key) in research: numbered ids change when the table
# is sorted or filtered.

# %% [markdown]
# **Core.** Add a column `kind` to `table_rows` holding `"constructed"` for every row (they are invented), wrap
# the table again with `kind="kind"` and run `mk.detect_hedges` on it. Which rows have hedges, and which words?

# %% tags=["solution"]
labelled = table_rows.assign(kind="constructed")
from_table2 = mk.corpus_from_frame(labelled, text="body", id="url", outlet="source", published="date", kind="kind")
hedges_table = mk.detect_hedges(from_table2)
hedges_table[["doc_id", "text", "label", "detail"]]

# %% [markdown]
# **Stretch.** A corpus can mix sources: `mk.load_corpus([my_folder, jsonl_path])` loads the folder and the
# table together. Do it, and count the rows per `kind`. Why is it useful that `kind` is recorded for every
# article before you mix sources?

# %% tags=["solution"]
mixed = mk.load_corpus([my_folder, jsonl_path])
print(mixed["kind"].replace("", "(empty)").value_counts())

# %% [markdown] tags=["solution"]
# *Answer:* in a mixed corpus, `kind` is the only thing that keeps a constructed teaching text from being
# counted as a real article (and a real article from being dismissed as a constructed one). The table rows
# have an empty `kind` because the JSON file did not say; fix that at the source, before the analysis.

# %% [markdown]
# ## 3. When the input is wrong: clear errors
#
# Real folders are messy: a date written as "2 May 2025", two files with the same id, a Word document saved
# with the wrong extension, a file in another encoding. mediakit checks its input and stops with an error that
# names the file (and the line) and says how to fix it, instead of returning a silently wrong table. Every
# such error is a `mk.MediakitError`, so one `except` catches them all; each is also the built-in Python error
# you would expect (a `FileNotFoundError`, a `ValueError`, ...).
#
# **Catching an error.** `try:` runs a block of code; if it raises an error of the kind named in
# `except ...:`, Python runs the `except` block instead of stopping the notebook. `as error` gives the error a
# name, and `type(error).__name__` is the name of its kind.
#
# Our CSV file has no `text` column, so loading it directly fails:

# %%
try:
    mk.load_corpus(csv_path)
except mk.MediakitError as error:
    print(type(error).__name__)
    print(error)

# %% [markdown]
# The message lists the columns it found and names both ways out (rename the column, or use
# `corpus_from_frame`). A broken header is reported with its line number. Here is an article file whose date
# is written the way a person would write it, in a folder of its own:

# %%
broken_folder = workspace / "broken"
broken_folder.mkdir()
broken_file = broken_folder / "bad-date.txt"
broken_file.write_text(
    "---\nid: bad-date\ntitle: A date written by hand\npublished: 2 May 2025\n---\nSome text.\n", encoding="utf-8"
)
try:
    mk.load_corpus(broken_folder)
except mk.MediakitError as error:
    print(type(error).__name__)
    print(error)

# %% [markdown]
# Input files are never modified: fixing them is your decision. (Other errors you may meet:
# `ArticleNotFoundError` for a wrong path, `DuplicateIdError` when two articles share an id,
# `ArticleDecodeError` for a file that is not UTF-8, which `encoding="cp1252"` may fix, `NotTextError` for a
# binary file, `EmptyArticleError` for a file with a header and no text.)
#
# ### Your turn
# **Warm-up.** Fix `broken_file`: write it again with the date as `2025-05-02`, and load `broken_folder`
# without an error.

# %% tags=["solution"]
broken_file.write_text(
    "---\nid: bad-date\ntitle: A date written by hand\npublished: 2025-05-02\n---\nSome text.\n", encoding="utf-8"
)
mk.load_corpus(broken_folder)[["doc_id", "title", "published"]]

# %% [markdown]
# **Core.** Make a folder `workspace / "twins"` with two files, `one.txt` and `two.txt`, whose headers both
# say `id: same-story`. Load it inside `try`/`except` and print the error. Which kind of error is it, and what
# does the message tell you to do?

# %% tags=["solution"]
twins = workspace / "twins"
twins.mkdir(exist_ok=True)
for name in ("one.txt", "two.txt"):
    (twins / name).write_text("---\nid: same-story\n---\nA text.\n", encoding="utf-8")
try:
    mk.load_corpus(twins)
except mk.MediakitError as error:
    print(type(error).__name__)
    print(error)

# %% [markdown]
# *Answer:* a `DuplicateIdError`; it names the id and both files, and tells you to give each article a unique
# `id:`. Ids must be unique because every result table joins on `doc_id`.

# %% [markdown]
# **Stretch.** With thousands of scraped files, you may prefer a list of every problem to stopping at the
# first. Loop over the `.txt` files of a folder, load each with `mk.load_article(path)` inside `try`/`except`,
# and collect the failures in a table (file name, error kind, message). Test it on a folder holding one good
# and two broken files.

# %% tags=["solution"]
messy = workspace / "messy"
messy.mkdir(exist_ok=True)
(messy / "good.txt").write_text("---\nid: good\n---\nFine.\n", encoding="utf-8")
(messy / "no-close.txt").write_text("---\nid: no-close\ntitle: header never closed\nText.\n", encoding="utf-8")
(messy / "empty.txt").write_text("---\nid: empty\n---\n\n", encoding="utf-8")

problems = []
for path in sorted(messy.glob("*.txt")):
    try:
        mk.load_article(path)
    except mk.MediakitError as error:
        problems.append({"file": path.name, "error": type(error).__name__, "message": str(error)})
pd.DataFrame(problems)

# %% [markdown]
# ## 4. The real coverage: the manifest, fetching and the cache
#
# The constructed texts teach the method; claims about how real outlets covered April 2025 need real
# articles. Those belong to their publishers, so the project does not ship them. It ships a
# *[manifest](../docs/glossary.md#manifest)*: a list of links to 21 pieces of real coverage, with outlet, date
# and notes ([data/coverage/README.md](../data/coverage/README.md)). You fetch your own copies.
# `mk.coverage_manifest()` returns the list as a table:

# %%
manifest = mk.coverage_manifest()
manifest[["id", "outlet", "date", "outlet_type"]]

# %%
manifest["outlet_type"].value_counts()

# %% [markdown]
# Read the `notes` before you compare outlets: many rows are syndicated or archived **copies** (a wire story on
# a local news site, an aggregator's copy), and for two rows the original writer is unconfirmed. Nor is the list
# a sample: it holds what the project's research notes recorded, so the number of rows per type of outlet says
# nothing about who covered the events most.
#
# **Fetching** is the one step of mediakit that goes online, so this notebook does not run it. On a machine
# with network access, after `pip install "mediakit[web]"` (the text extractor), run once:
#
# ```python
# result = mk.fetch_corpus(mk.coverage_manifest(), cache_dir="coverage_cache")
# result[["id", "outlet", "status", "error", "words"]]   # ok / cached / failed, and why
# ```
#
# or, in a terminal, from the repository folder:
#
# ```bash
# mediakit fetch --cache coverage_cache
# ```
#
# Each page is downloaded once, its main text extracted and saved in `coverage_cache/` as an ordinary article
# file, with `kind: published` and its provenance in the header: the `url` and `final_url`, `fetched_at`, the
# extractor and its version, and a `sha256` of the text. A dead link does not stop the batch: its row says
# `failed` and why ([docs/fetching.md](../docs/fetching.md#when-urls-are-dead) says what to do). Keep the cache
# outside the repository and do not share the texts: they are under copyright. An instructor can fetch once
# and let students load the folder on a machine without network access.
#
# **From then on, everything is offline.** A cache folder is just a folder of article files, so it loads like
# our own folder. Below, `cache` points at `my_folder` so the notebook runs anywhere; on your machine, write
# `cache = Path("coverage_cache")` instead. If the articles carry the fetcher's `sha256`, the cell also checks
# that each text is still the one that was fetched (it differs if someone edited a file).

# %%
cache = my_folder  # on a machine where you fetched: cache = Path("coverage_cache")
coverage = mk.load_corpus(cache)
print(coverage["kind"].value_counts().to_string())
if "sha256" in coverage.columns:
    unchanged = [text_sha256(text) == recorded for text, recorded in zip(coverage["text"], coverage["sha256"])]
    print(f"{sum(unchanged)} of {len(coverage)} texts are unchanged since they were fetched")
else:
    print("These files were not written by fetch_corpus, so they carry no sha256 to check.")

# %% [markdown]
# ### Your turn
# **Warm-up.** How many manifest rows are there per `outlet`? Which outlet has the most rows?

# %% tags=["solution"]
manifest["outlet"].value_counts().head()

# %% [markdown]
# **Core.** Make your own, smaller manifest: the rows dated `2025-04-18`, saved as `workspace /
# "manifest-0418.csv"` with `.to_csv(..., index=False)`. This is the file you would pass to
# `mk.fetch_corpus(...)` or `mediakit fetch FILE --cache DIR` on a networked machine. How many rows does it
# have, and how many of them are copies (the word "copy" in `notes`)?

# %% tags=["solution"]
day = manifest[manifest["date"] == "2025-04-18"]
day.to_csv(workspace / "manifest-0418.csv", index=False)
copies = day["notes"].str.contains("copy", case=False)
print(f"{len(day)} rows dated 18 April, {copies.sum()} of them described as copies")

# %% [markdown]
# **Stretch.** You fetched the manifest in May; a colleague fetches it a year later and gets different numbers
# for some articles. Using what the cache records, list three reasons this can happen and how you would find
# out which one it was.

# %% [markdown] tags=["solution"]
# *Answer (any three):* the page changed (an updated story, a new headline: compare `sha256`, and `page_title`
# with the recorded `title`); the link now redirects somewhere else (compare `final_url`); a different extractor
# version pulled out slightly different text (`extractor` names the trafilatura version); the page died and a
# replacement copy was used (the manifest `notes` should say so); someone edited a cached file (the fetcher
# reports `sha256 mismatch`). Report the manifest, the `fetched_at` range, the extractor version and the hashes
# with your results ([docs/fetching.md](../docs/fetching.md#what-is-recorded-for-reproducibility)).

# %% [markdown]
# ## 5. Your own word lists: extending and restricting a lexicon
#
# The detectors of notebooks 03 and 04 are driven by *[lexicons](../docs/glossary.md#lexicon)*: word lists kept
# as CSV files, one entry per row, each with a `reason` a student understands and a published `reference`
# ([mediakit/lexicons/README.md](../mediakit/lexicons/README.md)). Such dictionary methods are the most
# transparent tool of automated content analysis in journalism research (Boumans & Trilling 2016), and their
# weakness is as well known: a list is only as good as its fit to the texts it is used on. A list built for one
# domain misses words and misfires in another (González-Bailón & Paltoglou 2015), which is why Grimmer and
# Stewart (2013) insist: "validate, validate, validate". So a researcher adapts the list to the corpus, and then
# checks it.
#
# Notebook 03 added one entry to see how the detector reacts. Here is the researcher's workflow: entries kept
# in your own file, subsets for a particular question, and a record of which list produced which result.
#
# `mk.Lexicon.load("loaded")` returns the bundled list of loaded language. A lexicon never changes in place:
# `extend` and `restrict` return a **new** lexicon, so you can compare the old and new side by side. Our
# practice text calls the plan "a shambles and a betrayal of the high street". Does the bundled list know
# these words?

# %%
loaded = mk.Lexicon.load("loaded")
print(loaded.name, "-", len(loaded), "entries; labels:", loaded.labels)
hits = mk.detect_loaded(mine)
hits[["doc_id", "text", "label", "reason"]]

# %% [markdown]
# In `practice-bus-b`, "slam", "fiasco", "furious", "slammed" and "disastrous" are found; "shambles" and
# "betrayal" are not. (In your article the hits, if any, are other wordings, such as the naming pairs of
# notebook 03.) We add an entry for the two missing words. An entry needs at least an `id`, a `pattern` (`a|b` means either word), a `label`, a `reason` and a
# `reference`; here the reference is our own codebook, which is honest: say where an entry comes from.

# %%
my_entry = {
    "id": "my-shambles",
    "pattern": "shambles|betrayal",
    "label": "emotive",
    "detail": "evaluative",
    "reason": "judges the plan as a failure instead of describing what happened",
    "reference": "our project codebook (2025), after Da San Martino et al. 2019",
}
extended = loaded.extend([my_entry])
print(extended.name, "-", len(extended), "entries")
hits_extended = mk.detect_loaded(mine, lexicon=extended)
hits_extended[hits_extended["entry"] == "my-shambles"][["doc_id", "text", "label", "reason"]]

# %% [markdown]
# Every hit table remembers which list produced it: its name, size and a *[hash](../docs/glossary.md#hash)*
# (SHA-256, a fingerprint of the entries that changes if any entry changes). That is how a result is tied to
# the exact word list behind it.

# %%
print(hits.attrs["mediakit"]["lexicon"])
print(hits_extended.attrs["mediakit"]["lexicon"])

# %% [markdown]
# `restrict` keeps a subset: by `labels`, `exclude_labels`, `details`, `ids` or `used_by`. Here, only the
# contested naming pairs (Kyiv/Kiev and the others of notebook 03) on your article:

# %%
naming_only = loaded.restrict(labels=["naming"])
naming_hits = mk.detect_loaded(article, lexicon=naming_only)
if naming_hits.empty:
    print(f"{ARTICLE}: no naming-pair wording found")
else:
    print(naming_hits["text"].value_counts().to_string())

# %% [markdown]
# Two cautions. First, **a hit is not proof of bias**: the list finds wording worth reading; whether it frames
# the story is your judgement, in context. Second, **a new entry is a claim to test**: before you rely on it,
# read its hits in context (`mk.kwic`, notebook 05) and, for research, score it against sentences you annotated
# (notebook 06, [docs/evaluation.md](../docs/evaluation.md)). Note also that `mk.analyze` always uses the bundled
# lexicons (its provenance records their hashes); for rates with your own list, pass your hits to
# `mk.summarize(hits, corpus)`.
#
# ### Your turn
# **Warm-up.** Make a lexicon without the `naming` entries (`exclude_labels=`) and count the hits per label it
# finds in your article. How many entries does it have compared with `loaded`?

# %% tags=["solution"]
no_naming = loaded.restrict(exclude_labels=["naming"])
print(len(no_naming), "entries instead of", len(loaded))
found = mk.detect_loaded(article, lexicon=no_naming)
print(found["label"].value_counts().to_string() if not found.empty else "no hits")

# %% [markdown]
# **Core.** Researchers usually keep their own entries in a file. Write a CSV file `workspace /
# "my_terms.csv"` with the columns `id,pattern,label,reason,reference` and two entries of your own (for example
# "scheme" and "furious", label `emotive`); load it with `mk.Lexicon.load(path)`, then run `mk.detect_loaded`
# on `mine` with `loaded.extend(path)`. Which of your words were already in the bundled list?

# %% tags=["solution"]
terms_path = workspace / "my_terms.csv"
pd.DataFrame(
    [
        {"id": "my-scheme", "pattern": "scheme", "label": "emotive",
         "reason": "'scheme' can suggest a plot rather than a plan", "reference": "our codebook (2025)"},
        {"id": "my-furious", "pattern": "furious", "label": "emotive",
         "reason": "reports an emotion as fact", "reference": "our codebook (2025)"},
    ]
).to_csv(terms_path, index=False)
my_terms = mk.Lexicon.load(terms_path)
print(my_terms.name, len(my_terms), "entries")
both = mk.detect_loaded(mine, lexicon=loaded.extend(terms_path))
both[both["doc_id"].str.startswith("practice")][["doc_id", "text", "entry"]]

# %% [markdown]
# *Answer:* "furious" was already in the bundled list: its hit is reported with the bundled entry
# (`emo-general-adj`), not yours. Only "scheme" is new (`my-scheme`). You can look an entry up with
# `loaded.entries[loaded.entries["id"] == "emo-general-adj"]`. And "scheme" shows why entries need testing: a
# "pension scheme" is not loaded at all.

# %% [markdown]
# **Stretch.** Context rules keep an entry precise. Add a `not_after` column to your "scheme" entry with the
# value `pension|bus|lane` (the entry does not fire right after these words), reload, and check that "bus lane
# scheme" in `practice-bus-b` is no longer a hit. What does this teach about writing entries?

# %% tags=["solution"]
precise = pd.read_csv(terms_path, dtype=str, keep_default_na=False)
precise["not_after"] = ["pension|bus|lane", ""]
precise.to_csv(terms_path, index=False)
again = mk.detect_loaded(mine, lexicon=mk.Lexicon.load(terms_path))
print(again[["doc_id", "text", "entry"]] if not again.empty else "no hits")

# %% [markdown] tags=["solution"]
# *Answer:* "scheme" after "lane" is now skipped and only "furious" is left. A single word is rarely loaded in
# every context; every rule you add should come from reading real hits (on a development sample, never on the
# texts you report results for), as the lexicons' curation policy describes.

# %% [markdown]
# ## 6. Exporting results with their provenance
#
# A number in a paper should be traceable to the software, word lists and texts that produced it (Sandve et
# al. 2013; the FAIR principles, Wilkinson et al. 2016). `mk.analyze` records this *[provenance](../docs/glossary.md#provenance)*
# in the table's `.attrs`, but `.attrs` do not survive a CSV file. `mk.export(table, path)` therefore writes two
# files: the table (`.csv`, `.jsonl` or `.parquet`, chosen by the file name) and, beside it, `path.meta.json`.
#
# We analyse our small folder (your article and the two practice texts) once and export it:

# %%
table = mk.analyze(mine)
table[["label", "words", "emotive_n", "hedge_n", "booster_n", "quote_n", "quoted_share"]]

# %%
results_path = workspace / "results.csv"
mk.export(table, results_path)
print(sorted(p.name for p in workspace.glob("results*")))

# %% [markdown]
# The sidecar file is JSON: nested `key: value` records that `json.loads` turns into a Python dictionary
# (a `dict`; `meta["rows"]` looks up one key). Its main parts:

# %%
meta = json.loads((workspace / "results.csv.meta.json").read_text(encoding="utf-8"))
print("keys:", list(meta))
print("mediakit", meta["mediakit"], "| python", meta["python"], "| rows", meta["rows"])
print("versions:", {k: v for k, v in meta["dependencies"].items() if v})
for name, lexicon in meta["provenance"]["lexicons"].items():
    print(f"lexicon {name}: {lexicon['entries']} entries, sha256 {lexicon['sha256'][:16]}...")
pd.Series(meta["articles_sha256"], name="sha256 of the text")

# %% [markdown]
# So anyone holding the same articles can check that their copies are identical to yours without you sharing
# the texts: a hash reveals nothing of the text but changes if a single character does. Your article's recorded
# hash is the hash of its text:

# %%
print(meta["articles_sha256"][ARTICLE] == text_sha256(row["text"]))

# %% [markdown]
# ### Your turn
# **Warm-up.** Export `table` as JSON lines (`workspace / "results.jsonl"`) and read it back with
# `pd.read_json(path, lines=True)`. Does it have the same number of rows and columns?

# %% tags=["solution"]
jsonl_results = workspace / "results.jsonl"
mk.export(table, jsonl_results)
back = pd.read_json(jsonl_results, lines=True)
print(back.shape, table.shape)

# %% [markdown]
# **Core.** Export the hits of your extended lexicon (`hits_extended`) to `workspace / "hits.csv"`, passing
# `corpus=mine` so that the texts' hashes are recorded. In the sidecar file, find the lexicon's name and entry
# count: how do they show that this was not the bundled list?

# %% tags=["solution"]
mk.export(hits_extended, workspace / "hits.csv", corpus=mine)
hits_meta = json.loads((workspace / "hits.csv.meta.json").read_text(encoding="utf-8"))
print(hits_meta["provenance"]["lexicon"])
print(len(hits_meta["articles_sha256"]), "article hashes recorded")

# %% [markdown]
# *Answer:* the name is `loaded+` (a list extended from `loaded`), it has one entry more than the bundled list,
# and its sha256 differs from the bundled list's hash in `results.csv.meta.json`.

# %% [markdown]
# **Stretch.** The sidecar also records `file_sha256`, a hash of the table file itself. Compute the SHA-256 of
# `results.csv` with `hashlib.sha256(path.read_bytes()).hexdigest()` and compare. Then export to
# `results.xlsx` inside `try`/`except`: what happens?

# %% tags=["solution"]
import hashlib

print(hashlib.sha256(results_path.read_bytes()).hexdigest() == meta["file_sha256"])
try:
    mk.export(table, workspace / "results.xlsx")
except mk.MediakitError as error:
    print(type(error).__name__, "-", error)

# %% [markdown]
# ## 7. The command line
#
# Everything above also runs without a notebook, from a terminal: the `mediakit` command (or
# `python -m mediakit`). That suits a script, a scheduled job or a computing cluster. Its main commands:
#
# | command | what it does |
# |---|---|
# | `mediakit corpus PATH` | lists the articles: id, outlet, date, kind, words, sentences |
# | `mediakit analyze PATH --out results.csv` | the `analyze` table, exported with its `.meta.json` |
# | `mediakit report PATH --html report.html` | a self-contained HTML page: table, plots, highlighted articles |
# | `mediakit fetch [MANIFEST] --cache DIR` | fetches the manifest (needs the network) |
#
# `mediakit COMMAND --help` lists the options. From a notebook we can run a command with Python's `subprocess`
# module; the small function below runs `python -m mediakit ...` with the same Python as this notebook and
# prints what the command prints, exactly as you would see it in a terminal. It returns the *exit code*: 0 for
# success, 1 for a problem with the input (the message names the file), 2 for a mistyped command.

# %%
def mediakit_command(*arguments):
    """Run `mediakit ARGUMENTS...` as in a terminal, print its output and return its exit code."""
    done = subprocess.run(
        [sys.executable, "-m", "mediakit", *map(str, arguments)], capture_output=True, text=True
    )
    print(done.stdout + done.stderr)
    return done.returncode


mediakit_command("analyze", my_folder, "--out", workspace / "cli_results.csv", "--no-progress")

# %% [markdown]
# In a terminal the same command reads `mediakit analyze my_articles --out cli_results.csv`. The file it wrote
# is the table we made with `mk.analyze` in section 6, with its sidecar. The report command writes one HTML page
# you can open in any browser or send to a colleague (no scripts, no downloads), and prints a summary table:

# %%
mediakit_command("report", my_folder, "--html", workspace / "report.html", "--keyness-target", ARTICLE)
print(f"{(workspace / 'report.html').stat().st_size / 1000:.0f} kB of HTML")

# %% [markdown]
# ### Your turn
# **Warm-up.** Read `workspace / "cli_results.csv"` with pandas and check that its `words` and `hedge_n`
# columns equal those of `table` from section 6.

# %% tags=["solution"]
cli_table = pd.read_csv(workspace / "cli_results.csv")
print((cli_table["words"] == table["words"]).all(), (cli_table["hedge_n"] == table["hedge_n"]).all())

# %% [markdown]
# **Core.** Run `mediakit corpus` on your folder with `mediakit_command`. Which numbers does it print for each
# article, and which one would you check first before trusting a rate per 1,000 words?

# %% tags=["solution"]
mediakit_command("corpus", my_folder)

# %% [markdown]
# *Answer:* it prints the id, outlet, date, kind, words and sentences of each article. Check `words` first: a
# rate per 1,000 words on a 50-word text rests on a handful of words, so its interval is very wide (notebook 05).

# %% [markdown]
# **Stretch.** Give the command a folder that does not exist. What exit code comes back, and where does the
# message go? Why does a script that runs `mediakit` care about the exit code?

# %% tags=["solution"]
code = mediakit_command("analyze", workspace / "no-such-folder", "--out", workspace / "x.csv")
print("exit code:", code)

# %% [markdown] tags=["solution"]
# *Answer:* exit code 1, and the message ("... no such file or folder") goes to the error stream (stderr). A
# shell script, a Makefile or a cluster job checks the exit code to stop before using results that were never
# written; a non-zero code is how a program says "I failed" without anyone reading its output.

# %% [markdown]
# ## 8. Scaling up: from nine articles to millions
#
# Every number in the `analyze` table is computed from one article alone, so a large corpus can be cut into
# pieces, each piece analysed on its own, and the pieces stacked: the result is the same, row for row
# ([docs/scaling.md](../docs/scaling.md)). What changes with size is only how you feed the pieces in.
#
# | you have | use |
# |---|---|
# | up to ~50,000 articles, fits in memory | `mk.analyze(corpus)` in a notebook (it works through the corpus in chunks itself) |
# | a folder or table of any size, one machine | `mediakit analyze FOLDER --out results.parquet --jobs 4` (reads 200 articles at a time, memory stays flat; `--jobs` runs several processes) |
# | more, or a cluster | `mk.analyze(ddf)` on a [Dask](https://docs.dask.org) DataFrame (Rocklin 2015) |
# | your own batch system | `mediakit.scale.analyze_partition(chunk)` on each chunk |
#
# **Dask** splits a table into *partitions* and works on them in parallel, on one machine or many. Its
# DataFrames are *lazy*: `mk.analyze(ddf)` only plans the work, and `.compute()` does it. Dask is optional
# (`pip install "mediakit[scale]"`), so the next cell first checks whether it is installed; `except
# ImportError` catches the error Python raises when a module is missing. On our three articles, split into two
# partitions:

# %%
try:
    import dask.dataframe as dd
except ImportError:
    dd = None
    print('Dask is not installed here; pip install "mediakit[scale]" to try this cell.')

if dd is not None:
    ddf = dd.from_pandas(mine, npartitions=2)
    lazy = mk.analyze(ddf)  # nothing is computed yet
    print(f"a Dask {type(lazy).__name__}: {lazy.npartitions} partitions, {len(lazy.columns)} columns")
    at_scale = lazy.compute(scheduler="synchronous")  # now it runs (here in this process)
    print(at_scale[["doc_id", "words", "hedge_n", "emotive_n"]].to_string(index=False))

# %% [markdown]
# The Dask result has a fixed set of 116 columns (`mediakit.scale.SCHEMA`), because Dask must know the columns
# before it computes anything; the values are those of `mk.analyze`. On a real corpus you would read the
# articles from disk rather than from a pandas frame, and give Dask several worker processes (from
# [docs/scaling.md](../docs/scaling.md#a-worked-example), to run as a script):
#
# ```python
# import dask.dataframe as dd
# from dask.distributed import Client, LocalCluster
# import mediakit
#
# if __name__ == "__main__":
#     client = Client(LocalCluster(n_workers=8, threads_per_worker=1, memory_limit="2GiB"))
#     ddf = dd.read_parquet("articles/", columns=["doc_id", "outlet", "published", "kind", "text"])
#     mediakit.analyze(ddf).to_parquet("results/", write_index=False)   # computed here
#     client.close()
# ```
#
# Folders of article files: `mediakit.scale.read_articles_dask("corpus/", files_per_partition=1000)`. Keyness
# (notebook 05) compares word counts across the whole corpus, so it is not computed per partition; the
# scaling guide shows how to add the counts up.
#
# ### Your turn
# **Warm-up.** In your own words: what is the difference between `lazy` and `at_scale` in the cell above?

# %% [markdown] tags=["solution"]
# *Answer:* `lazy` is a plan (a Dask DataFrame that knows its columns and partitions but holds no results);
# `at_scale` is the computed pandas table. Nothing is read or analysed until `.compute()` (or `.to_parquet()`)
# is called, which is what lets Dask work on corpora larger than memory.

# %% [markdown]
# **Core.** Check the claim that partitioning never changes a row: compare `at_scale` with `table` (section 6)
# on the columns `words`, `hedge_n`, `emotive_rate` and `flesch_reading_ease`. (Skip if Dask is not installed.)

# %% tags=["solution"]
if dd is not None:
    for column in ["words", "hedge_n", "emotive_rate", "flesch_reading_ease"]:
        same = (at_scale[column].reset_index(drop=True) - table[column]).abs().max() < 1e-9
        print(f"{column:22} identical: {same}")

# %% [markdown]
# **Stretch.** Plan a real study: time `mk.analyze` on the bundled corpus with `time.perf_counter()` and
# estimate how long 100,000 articles would take on one core and on 8 workers. Why is this only a rough
# estimate? ([docs/scaling.md](../docs/scaling.md#memory-and-speed-per-worker) gives measured speeds.)

# %% tags=["solution"]
import time

sample = mk.load_example_corpus()
start = time.perf_counter()
mk.analyze(sample)
seconds = time.perf_counter() - start
per_second = len(sample) / seconds
print(f"{len(sample)} articles in {seconds:.2f} s: about {per_second:.0f} articles per second")
print(f"100,000 articles: about {100_000 / per_second / 60:.0f} min on one core, "
      f"{100_000 / per_second / 60 / 8:.0f} min on 8 workers")

# %% [markdown] tags=["solution"]
# *Answer:* nine articles are too few to time reliably; texts already parsed earlier in this session are
# cached, so a second run is faster than on new texts; real news has a larger vocabulary and longer articles
# than the course texts; and reading files, starting workers and writing results add time. Time a sample of a
# few hundred of *your own* articles before planning.

# %% [markdown]
# ## Discussion questions
# 1. You fetched the 21 manifest rows and found that the Russian state media rows use "Kiev" and the Ukrainian
#    ones "Kyiv". What can you claim from this, and what would you need before claiming anything about how
#    "Russian" or "Ukrainian" media covered the events? (Think of copies, sample, and the constructed texts.)
# 2. You extended the lexicon with ten entries of your own and the rates of your outlets changed. How do you
#    report this so that a reader can tell which findings depend on your entries?
# 3. What would a reviewer need from you to reproduce your numbers without you sharing copyrighted articles?
#    Which parts of the `.meta.json` answer that, and what is missing?
# 4. When is a notebook the right tool, and when the command line or Dask? Think of a class, a thesis and a
#    study of two years of news.
#
# ## What you can do now
# Load your own articles from files or tables and fix the input when mediakit says what is wrong; fetch the
# real coverage once and work offline; adapt the word lists and say so; export results that carry their
# provenance; and run the same analysis from a terminal or on a cluster. The numbers are still *framing
# indicators*, not frames and not a bias score: reading them is your job (see the
# [codebook](../docs/codebook.md)).
#
# **References.** Boumans, J. W. & Trilling, D. (2016). Taking stock of the toolkit. *Digital Journalism* 4(1).
# Da San Martino, G. et al. (2019). Fine-grained analysis of propaganda in news articles. *EMNLP*.
# González-Bailón, S. & Paltoglou, G. (2015). Signals of public opinion in online communication. *The ANNALS
# of the AAPSS* 659. Grimmer, J. & Stewart, B. M. (2013). Text as data: the promise and pitfalls of automatic
# content analysis methods for political texts. *Political Analysis* 21(3). Rocklin, M. (2015). Dask: parallel
# computation with blocked algorithms and task scheduling. *Proc. SciPy*. Sandve, G. K. et al. (2013). Ten
# simple rules for reproducible computational research. *PLoS Computational Biology* 9(10). Wickham, H.
# (2014). Tidy data. *Journal of Statistical Software* 59(10). Wilkinson, M. D. et al. (2016). The FAIR guiding
# principles for scientific data management and stewardship. *Scientific Data* 3.
#
# This is the last notebook. [Back to the start: 00-start-here](00-start-here.ipynb) ·
# teaching notes: [docs/teaching-guide.md](../docs/teaching-guide.md)
