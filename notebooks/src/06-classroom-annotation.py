# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 · Classroom annotation: label it yourselves, then compare
#
# **What you will do.** So far the detectors have done the reading. Now you do it: label every sentence of the
# article yourselves (*is it hedged? is it loaded? which words?*), then compare your labels with a classmate's
# and with the detectors. You will measure how far two people agree with [Cohen's kappa](../docs/glossary.md#cohens-kappa)
# and [Krippendorff's alpha](../docs/glossary.md#krippendorffs-alpha), see why plain percent agreement
# flatters, and learn the most from the sentences where you disagree.
#
# | | |
# |---|---|
# | **Goals** | annotate sentences with a short codebook; turn detector hits into per-sentence yes/no; compute and interpret percent agreement, kappa and alpha; find and discuss disagreements; relate a classroom study to the project's own reliability study |
# | **Prerequisites** | notebooks 03 (loaded language) and 04 (hedging and sourcing); the pandas primer of notebook 00 |
# | **Time** | about 75 minutes: 20 to annotate, 55 for the notebook (or annotate as homework) |
# | **Data** | the article's sentences; the example sheets `annotation/student-a.csv` and `student-b.csv` (two annotations of the seed written for the course) and the empty sheet `annotation/passage.csv`; for another article the notebook makes its own sheets |
# | **Level** | introductory |
# | **Terms** | words in bold or linked are explained in the [glossary](../docs/glossary.md) |
#
# **Before you start: annotate first, look at the detectors later.** The project's annotation guide asks its
# annotators never to look at detector output while labelling, so that the labels are not shaped by the tool
# they are meant to test (`docs/annotation-guide.md`, introduction). Do the same: fill in your sheet (section 2)
# before you run section 5.

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# The cell below loads the corpus and the article, finds the folder `annotation/` that holds the class's
# sheets (next to the student notebooks; the instructor copies live one folder down), and makes a scratch
# folder for the sheets this notebook writes, so that running it never overwrites anyone's work.

# %%
import tempfile
from pathlib import Path

import pandas as pd

import mediakit as mk

pd.set_option("display.max_colwidth", 120)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of {list(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]
text = article["text"].iloc[0]

ANNOTATION = next((p for p in (Path("annotation"), Path("..") / "annotation") if p.is_dir()), None)
WORK = Path(tempfile.mkdtemp(prefix="mediakit-annotation-"))  # scratch folder: nothing here is kept
print("class sheets:", ANNOTATION.resolve() if ANNOTATION else "not found")
print("scratch folder:", WORK)

# %% [markdown]
# ## 1. The task: one sentence at a time
#
# The project's gold set labels *cues*: the exact words, with character offsets (`docs/annotation-guide.md`).
# That is precise but slow. In class we label **sentences**, which anyone can do with a spreadsheet, and ask two
# yes/no questions of each:
#
# - **hedged?** Yes if the sentence weakens its claim or rests on a vague or distanced source: *reportedly*,
#   *may*, *unlikely*, *sources say*, *one official*, *claimed* (a [hedge](../docs/glossary.md#hedge); Hyland
#   1998; guide section 5).
# - **loaded?** Yes if it uses a word chosen for its emotional or evaluative force, a pejorative label, a
#   euphemism, scare quotes, or a contested name such as *Kiev*/*Kyiv* or *former Ukrainian territories*
#   ([loaded language](../docs/glossary.md#loaded-language); guide sections 3 and 4).
# - **words**: which words made you say yes (free text, to discuss later).
#
# A word inside a quotation counts too (guide section 1): we are asking what is *in* the sentence, not whether
# the outlet endorses it.
#
# `mk.sentences(text)` splits the article exactly as every detector does. Each sentence is a `Span` with its
# `text` and its `start`/`end` offsets in the article. We number the sentences from 0, as Python counts; the
# detectors use the same numbers, which is what lets us compare with them later. `display(...)` shows a table
# from anywhere in a cell (normally only the cell's last line is shown).

# %%
spans = mk.sentences(text)
passage = pd.DataFrame(
    {"doc_id": ARTICLE, "sentence": range(len(spans)), "text": [s.text for s in spans]}
)
print(f"{ARTICLE}: {len(passage)} sentences")
with pd.option_context("display.max_colwidth", None):  # show every sentence in full, just for this table
    display(passage)

# %% [markdown]
# Sometimes the splitter cuts a long quotation in two (in the seed, sentences 10 and 11 are one quotation by
# Rubio). Keep the numbering as it is: both annotators and the detectors must label the same units.
#
# ### Your turn
#
# **Warm-up.** Which is the longest sentence, in characters? (`passage["text"].str.len()` gives the lengths;
# `.idxmax()` the row of the largest.)

# %% tags=["solution"]
lengths = passage["text"].str.len()
print(lengths.max(), "characters:")
print(passage.loc[lengths.idxmax(), "text"])

# %% [markdown]
# **Core.** Show only the sentences that contain a quotation mark (they carry someone else's words). Hint:
# `passage["text"].str.contains("“|\"")` is True where a curly or straight double quote occurs.

# %% tags=["solution"]
passage[passage["text"].str.contains("“|\"")]

# %% [markdown]
# **Stretch.** For a short class exercise, make a handout sheet with the first six sentences and empty answer
# columns, and save it as a CSV in the scratch folder `WORK`.

# %% tags=["solution"]
handout = passage.head(6).assign(hedged="", loaded="", words="")
handout.to_csv(WORK / "handout.csv", index=False)
print("saved", WORK / "handout.csv")
handout

# %% [markdown]
# ## 2. Filling in the sheet
#
# Each student fills in one copy of the sheet: the columns `doc_id, sentence, text` are given; `hedged`,
# `loaded` and `words` are yours.
#
# **In a spreadsheet** (LibreOffice Calc, Excel, Google Sheets): copy `annotation/passage.csv` (the seed's
# sentences) to a file with your name, say `annotation/ada.csv`, open it as UTF-8 (the text has curly quotes),
# write `yes` or `no` in every `hedged` and `loaded` cell, the words in `words`, and save as **CSV UTF-8**. Do not
# change `doc_id`, `sentence` or `text`. **In JupyterLab** a double click opens a CSV as a read-only table; to
# edit it as text, right-click it and choose *Open With → Editor* (commas separate the columns; a cell that
# contains a comma is wrapped in double quotes). **In Python**, see the Core exercise below.
#
# Every answer cell must be filled: an empty cell is *missing data*, and the agreement statistics refuse to
# guess what it means. The next cell writes an empty sheet for the current article into the scratch folder;
# to keep one, change `WORK` to `ANNOTATION` (then it lands in the `annotation/` folder).

# %%
blank = passage.assign(hedged="", loaded="", words="")
blank_path = WORK / f"passage-{ARTICLE}.csv"
blank.to_csv(blank_path, index=False)
print("empty sheet written to", blank_path)

# %% [markdown]
# Now the two example sheets, `student-a.csv` and `student-b.csv`: two annotations of the seed, written for the
# course to show what a real class produces (they are not the detectors' output and not a gold standard).
#
# **Python ideas.** `def read_sheet(path): ...` defines a function: a named recipe we can reuse for every
# student's file. `pd.read_csv(..., dtype=str, keep_default_na=False)` reads every cell as text and keeps empty
# cells as `""` (otherwise pandas would turn an empty cell, or even the word "NA", into a missing value).
# `encoding="utf-8-sig"` also reads files that a spreadsheet saved with an invisible byte-order mark, and
# `tidy_answer` turns *Yes*, *y* or *1* into `yes` (and *No*, *n*, *0* into `no`) so that answers compare
# alike; an empty cell stays empty, and the agreement statistics will point it out.
#
# To compare your class's sheets, set `SHEET_A` and `SHEET_B` in the next cell to two filled-in files. When the
# sheets do not cover the current article (another `ARTICLE`, or the files are missing), the notebook falls back
# to **two automatic annotators** so that every cell still runs: A = the detectors, B = the same word lists
# without their context rules (`Lexicon.without_context()`, the baseline of `docs/evaluation.md`), pre-filled
# into sheets in the scratch folder whose names start with `AUTOMATIC`. The printout says which you are looking at.

# %%
LABELS = ["hedged", "loaded"]
YES, NO = {"yes", "y", "1", "true", "x"}, {"no", "n", "0", "false"}


def tidy_answer(value):
    """'Yes', 'y', '1' ... become 'yes'; 'No', 'n', '0' ... become 'no'; anything else stays as it is."""
    answer = value.strip().lower()
    return "yes" if answer in YES else "no" if answer in NO else value


def read_sheet(path):
    """One student's sheet for the current article, with sentence numbers as integers."""
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet = sheet[sheet["doc_id"] == ARTICLE].copy()
    sheet["sentence"] = sheet["sentence"].astype(int)
    for column in LABELS:
        sheet[column] = sheet[column].map(tidy_answer)
    return sheet.sort_values("sentence").reset_index(drop=True)


def sheet_from_hits(hedge_hits, loaded_hits):
    """A sheet filled in by detectors: a sentence is 'yes' if it holds at least one hit."""
    sheet = passage.copy()
    for column, found in (("hedged", hedge_hits), ("loaded", loaded_hits)):
        hit_sentences = set(found["sentence"])
        sheet[column] = ["yes" if s in hit_sentences else "no" for s in sheet["sentence"]]
    words = pd.concat([hedge_hits, loaded_hits]).groupby("sentence")["text"].agg("; ".join)
    sheet["words"] = sheet["sentence"].map(words).fillna("")
    return sheet


def covers_passage(sheet):
    return sheet["sentence"].tolist() == passage["sentence"].tolist()


# The two sheets to compare. For your class, name two filled-in files, e.g. ANNOTATION / "ada.csv".
SHEET_A = ANNOTATION / "student-a.csv" if ANNOTATION else None
SHEET_B = ANNOTATION / "student-b.csv" if ANNOTATION else None

a = b = pd.DataFrame()
if SHEET_A is not None and SHEET_B is not None and SHEET_A.exists() and SHEET_B.exists():
    a, b = read_sheet(SHEET_A), read_sheet(SHEET_B)
using_sheets = len(a) > 0 and covers_passage(a) and covers_passage(b)
using_examples = using_sheets and SHEET_A.name == "student-a.csv"  # the course's example sheets

if not using_sheets:  # fall back to two automatic annotators, written as sheets into the scratch folder
    found_hedges = mk.detect_hedges(article)
    plain_hedges = mk.detect_hedges(article, lexicon=mk.Lexicon.load("hedges").without_context())
    plain_loaded = mk.detect_loaded(article, lexicon=mk.Lexicon.load("loaded").without_context())
    SHEET_A = WORK / f"AUTOMATIC-detectors-{ARTICLE}.csv"
    SHEET_B = WORK / f"AUTOMATIC-plain-word-lists-{ARTICLE}.csv"
    auto_a = sheet_from_hits(found_hedges[found_hedges["label"] == "hedge"], mk.detect_loaded(article))
    auto_b = sheet_from_hits(plain_hedges[plain_hedges["label"] == "hedge"], plain_loaded)
    auto_a.to_csv(SHEET_A, index=False)
    auto_b.to_csv(SHEET_B, index=False)
    a, b = read_sheet(SHEET_A), read_sheet(SHEET_B)
    print(
        f"No sheets for {ARTICLE!r}: using two AUTOMATIC annotators instead (A = the detectors, "
        "B = the same word lists without context rules), pre-filled into the scratch folder. "
        "Replace them with your class's sheets."
    )
print(f"annotator A: {SHEET_A.name}; annotator B: {SHEET_B.name} ({len(a)} sentences each)")
a[["sentence", "hedged", "loaded", "words"]].head(8)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** How many sentences did annotator A and annotator B label `hedged`, and how many `loaded`?
# (`a["hedged"].value_counts()` counts each answer.)

# %% tags=["solution"]
counts = {
    "A hedged": a["hedged"].value_counts(),
    "B hedged": b["hedged"].value_counts(),
    "A loaded": a["loaded"].value_counts(),
    "B loaded": b["loaded"].value_counts(),
}
pd.DataFrame(counts).fillna(0).astype(int)

# %% [markdown]
# **Core.** Fill in a sheet in Python: start from `blank`, answer `no` everywhere, then `yes` for the sentences
# you choose. `sheet.loc[rows, "column"] = "yes"` sets the cells of the chosen rows; `sheet["sentence"].isin([...])`
# chooses the rows. Save it in `WORK`.

# %% tags=["solution"]
mine = blank.copy()
mine["hedged"] = "no"
mine["loaded"] = "no"
mine.loc[mine["sentence"].isin([0, 1, 3]), "hedged"] = "yes"  # for the seed: the three "reportedly"
mine.loc[mine["sentence"].isin([1]), "loaded"] = "yes"
mine.to_csv(WORK / "mine.csv", index=False)
mine[["sentence", "hedged", "loaded"]].head()

# %% [markdown]
# **Stretch.** What happens if one answer is missing? Blank one cell of a copy of `a` and run
# `mk.agreement(broken, b, labels=LABELS)`. Catch the error with `try: ... except mk.MediakitValueError as error:`
# and print its message. What does it ask you to do?

# %% tags=["solution"]
broken = a.copy()
broken.loc[0, "hedged"] = ""
try:
    mk.agreement(broken, b, labels=LABELS)
except mk.MediakitValueError as error:
    print(error)
# It names the column and the row and asks for yes/no in every cell: an empty cell is missing data, not a "no".

# %% [markdown]
# ## 3. How far do two annotators agree?
#
# The obvious measure is **percent agreement**: the share of sentences both answered alike. It flatters. If
# most sentences are "no", two people who hardly read at all will still agree on most of them. **Cohen's
# kappa** (Cohen 1960) corrects for the agreement expected by chance from each annotator's own rate of "yes":
#
# $$\kappa = \frac{p_o - p_e}{1 - p_e}$$
#
# where $p_o$ is the observed agreement and $p_e$ the agreement two annotators would reach by chance if each
# said "yes" as often as they did, but independently of the text. κ = 1 is perfect agreement, 0 is chance level,
# below 0 worse than chance. **Krippendorff's alpha** (Krippendorff 2011) asks the same question with the two
# annotators' answers pooled, with a correction for small samples; it extends to more annotators and to missing
# answers. With two annotators and yes/no labels the two are usually close. Krippendorff (2004) advises relying
# on a coding with α ≥ 0.80 and drawing only tentative conclusions from 0.667 to 0.80.
#
# `mk.agreement(a, b, unit="sentence", labels=LABELS)` computes all of it per label: `observed` ($p_o$),
# `expected` ($p_e$), `kappa`, `alpha`, and how often each annotator said yes. (`labels=` names the columns to
# compare, so that the free-text `words` column is left out.)

# %%
agree = mk.agreement(a, b, unit="sentence", labels=LABELS)
agree.round(2)

# %% [markdown]
# **For the example sheets of the seed:** on `hedged` the two agree on 14 of 17 sentences (82%), κ = 0.65; on
# `loaded` on 11 of 17 (65%), κ = 0.29. Chance alone would give about 50% agreement on both, so 65% on
# `loaded` is only a little better than chance. Even on `hedged`, where they agree on 82% of the sentences,
# alpha (0.65) falls short of the 0.80 that Krippendorff asks for. `loaded` is the harder question: it rests on a judgement ("would a careful reporter
# choose a plainer word?"), where `hedged` rests mostly on a list of words.
#
# Why percent agreement flatters, in one experiment: two "annotators" who never read the text and say "yes" at
# random one time in ten. They agree on most sentences, and kappa sees through it. (`numpy` draws the random
# answers; `rng.random(200) < 0.1` is True about one time in ten.)

# %%
import numpy as np

from mediakit.evaluate import cohen_kappa, krippendorff_alpha

rng = np.random.default_rng(1)
coin_a = (rng.random(200) < 0.1).tolist()
coin_b = (rng.random(200) < 0.1).tolist()
print(f"percent agreement: {np.mean(np.equal(coin_a, coin_b)):.0%}")
print(f"kappa: {cohen_kappa(coin_a, coin_b):.2f}   alpha: {krippendorff_alpha(coin_a, coin_b):.2f}")

# %% [markdown]
# 82% agreement and a kappa near 0: the agreement is all chance. A second caution: with 17 sentences, one
# sentence more or less in agreement moves kappa a lot (Stretch below). Report the number of units
# with every kappa, and treat a classroom kappa as a conversation starter, not a verdict.
#
# ### Your turn
#
# **Warm-up.** Compute the percent agreement on `loaded` yourself with pandas and check it against the
# `observed` column. (`a["loaded"] == b["loaded"]` is True where they match; `.mean()` of True/False is the
# share of True.)

# %% tags=["solution"]
print((a["loaded"] == b["loaded"]).mean())
print(agree.set_index("label").loc["loaded", "observed"])

# %% [markdown]
# **Core.** Compute kappa for `hedged` by hand from the formula. $p_e$ = (A's share of yes × B's share of yes) +
# (A's share of no × B's share of no). Does it match the table?

# %% tags=["solution"]
yes_a = (a["hedged"] == "yes").mean()
yes_b = (b["hedged"] == "yes").mean()
p_o = (a["hedged"] == b["hedged"]).mean()
p_e = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
print(f"p_o = {p_o:.3f}, p_e = {p_e:.3f}, kappa = {(p_o - p_e) / (1 - p_e):.3f}")
print(agree.set_index("label").loc["hedged", ["observed", "expected", "kappa"]].round(3).to_dict())

# %% [markdown]
# **Stretch.** How fragile is kappa with so few sentences? Make B agree with A on **one** more sentence of
# `loaded` (the first one where they differ) and recompute. How much does kappa move?

# %% tags=["solution"]
differ = a.index[a["loaded"] != b["loaded"]]
if len(differ):
    b_changed = b.copy()
    b_changed.loc[differ[0], "loaded"] = a.loc[differ[0], "loaded"]
    before = agree.set_index("label").loc["loaded", "kappa"]
    after = mk.agreement(a, b_changed, labels=["loaded"])["kappa"].iloc[0]
    print(f"kappa on loaded: {before:.2f} -> {after:.2f} after changing one sentence of {len(a)}")
else:
    print("A and B agree on every sentence already")

# %% [markdown]
# ## 4. Where do we disagree, and why?
#
# The numbers say *how much* two people disagree; the sentences say *why*, and that is where the learning is.
# We put the two sheets side by side (`merge` joins two tables on their common key, here the sentence number;
# `suffixes` marks whose column is whose) and keep the rows where any answer differs (`|` means "or").

# %%
both = a.merge(b, on=["doc_id", "sentence", "text"], suffixes=("_a", "_b"))
differs = (both["hedged_a"] != both["hedged_b"]) | (both["loaded_a"] != both["loaded_b"])
columns = ["sentence", "text", "hedged_a", "hedged_b", "loaded_a", "loaded_b", "words_a", "words_b"]
disagreements = both.loc[differs, columns]
print(f"{len(disagreements)} of {len(both)} sentences have at least one disagreement")
disagreements

# %% [markdown]
# **Reading the seed's disagreements.** They fall into a few kinds, and each kind has a different cure:
#
# - **Different definitions.** A counts contested names (*Kiev*, sentences 5, 6, 12) as loaded; B does not,
#   but counts words that seem to play the war down or accuse (*conflict* in 2, *abandoning ... aspirations* in
#   3, *repeated Ukrainian breaches* in 14). Neither is careless: they answered different questions. Cure: a
#   sharper definition, with examples (the guide's sections 3 and 4 are exactly that).
# - **Missed cues.** B saw *The source* (sentence 6) as a vague source but not *One official* the sentence
#   before. The guide says a singular unnamed official is always a vague source (section 5.5): A is right.
# - **Quoted speech.** A marked *I think* inside Rubio's quotation (sentence 11); the guide labels cues
#   wherever they are, quotations included (section 1), and lists *think* with a clause as a hedge (5.4).
# - **Over-reading.** A marked *at this stage* (16) as a hedge; it is not in any of the guide's hedge
#   categories. B is right here.
#
# And some agreements hide a disagreement: in sentence 9 both say *loaded*, A because of *Kiev*, B because of
# *“move on”* read as scare quotes (they are Rubio's words, a quotation, not a scare quote: guide 3.4). The
# `words` column is what reveals it. In the project's own study, a third person settled every disagreement by
# re-reading the guide (**adjudication**), and some cases led to clearer rules in the guide.
#
# ### Your turn
#
# **Warm-up.** Show only the sentences where A and B disagree on `hedged`, with the words each gave.

# %% tags=["solution"]
hedge_columns = ["sentence", "text", "hedged_a", "hedged_b", "words_a", "words_b"]
both.loc[both["hedged_a"] != both["hedged_b"], hedge_columns]

# %% [markdown]
# **Core.** Take the disagreements on `loaded` one by one. Which rule of the annotation guide (sections 3-4)
# decides each? Which cases does the guide *not* settle?

# %% [markdown] tags=["solution"]
# For the seed. *Kiev* (5, 6, 12): our class definition includes contested names, and the guide labels every
# Kiev/Kyiv as `naming` (section 4): yes, A. *conflict* (2): not in the guide's naming table and a describing
# word, not an evaluative one ("describe rather than evaluate", 3.1): no by the guide, yet `data/README.md`
# treats conflict → war as a naming change without a lexicon entry. The guide does not settle it: a class could
# add it to its own rules. *abandoning ... aspirations* (3): mild, no emotive intensity by the test of 3.1: no.
# *repeated Ukrainian breaches* (14): not a loaded word but an accusation stated in the writer's own voice; that
# is a sourcing question (notebook 04; `rewrite-hedging-verbs` attributes it to Russia), not loaded language:
# no by the guide, but worth a discussion.

# %% [markdown]
# **Stretch.** Adjudicate: build a sheet with your decision for every disagreement (start from A's sheet and
# change the cases you decide for B), then compute how far A and B each agree with the adjudicated sheet.

# %% tags=["solution"]
adjudicated = a.copy()
if using_examples:  # decisions for the example sheets of the seed (see the Core answer and section 4)
    adjudicated.loc[adjudicated["sentence"] == 16, "hedged"] = "no"  # "at this stage" is no hedge category
    # Everything else stays as A had it: "One official" (5) is a vague source (guide 5.5), "I think" (11) a
    # hedge inside a quotation (1, 5.4); on `loaded`, Kiev counts under our definition and "conflict",
    # "abandoning", "breaches" do not (see the Core answer).
pd.concat(
    {
        "A vs adjudicated": mk.agreement(a, adjudicated, labels=LABELS).set_index("label"),
        "B vs adjudicated": mk.agreement(b, adjudicated, labels=LABELS).set_index("label"),
    }
)[["observed", "kappa", "alpha"]].round(2)

# %% [markdown]
# ## 5. The detectors as a third annotator
#
# Now (and only now) the detectors. To compare them with people we need their answers in the same shape: one
# yes/no per sentence. Every hit has a `sentence` number, so a sentence is "hedged" when it holds at least one
# `hedge` hit and "loaded" when it holds any hit of `mk.detect_loaded` (emotive, name-calling, euphemism, scare
# quote or contested naming, matching our class definition). The function `sheet_from_hits` defined in
# section 2 does exactly that. Boosters are not hedges, so they are left out.

# %%
hedge_hits = mk.detect_hedges(article)
hedge_hits = hedge_hits[hedge_hits["label"] == "hedge"]
loaded_hits = mk.detect_loaded(article)
detector = sheet_from_hits(hedge_hits, loaded_hits)
detector[["sentence", "hedged", "loaded", "words"]]

# %%
pairs = {
    "A vs B": mk.agreement(a, b, labels=LABELS),
    "A vs detector": mk.agreement(a, detector, labels=LABELS),
    "B vs detector": mk.agreement(b, detector, labels=LABELS),
}
agreement_table = pd.concat(pairs).droplevel(1).set_index("label", append=True)  # rows: (pair, label)
agreement_table[["n_units", "a_yes", "b_yes", "observed", "kappa", "alpha"]].round(2)

# %% [markdown]
# Where do the people and the machine part ways? Two lists: sentences both people marked and the detector did
# not (cues the lexicon misses, or a looser human reading), and sentences the detector marked and neither person
# did (possible false alarms, or cues people overlook).

# %%
three = both.merge(detector[["sentence", "hedged", "loaded", "words"]], on="sentence")
for label in LABELS:
    people_yes = (three[f"{label}_a"] == "yes") & (three[f"{label}_b"] == "yes")
    people_no = (three[f"{label}_a"] == "no") & (three[f"{label}_b"] == "no")
    people_only = three[people_yes & (three[label] == "no")]
    detector_only = three[people_no & (three[label] == "yes")]
    print(f"{label}: both people yes, detector no: {people_only['sentence'].tolist()}; "
          f"detector yes, both people no: {detector_only['sentence'].tolist()}")

# %% [markdown]
# **For the seed.** On `hedged` both students marked sentence 9 (*Rubio hinted*) and the detector did not:
# in the guide, speculative reporting verbs such as *hinted* are not hedges (only *claim*, *allege*, *insist*,
# *maintain* are, section 5.6), though `detect_sources` records *hinted* as a speculative verb (notebook 04). On
# `loaded` both marked sentence 13 for different words (*misused and abused*, *now-defunct*), neither of which is
# in the lexicon. The detector agrees closely with A on `loaded` for a simple reason: A, like the detector,
# counts contested names. **Agreement with a detector is not accuracy**: it measures how alike two codings are,
# and a detector agrees best with whoever shares its definitions. How well the detectors do against careful
# annotation is measured on the gold set (`docs/evaluation.md`).
#
# ### Your turn
#
# **Warm-up.** Which sentences does the detector call `hedged`? Print their numbers and the hedge words it found.

# %% tags=["solution"]
detector.loc[detector["hedged"] == "yes", ["sentence", "words"]]

# %% [markdown]
# **Core.** A stricter detector: count a sentence as loaded only for emotive, name-calling, euphemism or scare
# quote hits (no contested naming), and recompute its agreement with B. What does a kappa of 0 (or NaN) mean
# here?

# %% tags=["solution"]
strict_loaded = loaded_hits[loaded_hits["label"] != "naming"]
strict = sheet_from_hits(hedge_hits, strict_loaded)
print("loaded for the strict detector:", strict.loc[strict["loaded"] == "yes", "sentence"].tolist())
mk.agreement(b, strict, labels=["loaded"]).round(2)
# For the seed the strict detector finds no loaded sentence at all. Its "no"s agree with B's "no"s exactly as
# often as chance predicts, so kappa is 0; alpha, which pools both annotators' answers, even falls below 0.
# (Both are NaN when neither annotator ever says yes: then there is nothing to agree about.)

# %% [markdown]
# **Stretch.** Use the plain word lists (no context rules) as a fourth annotator:
# `mk.detect_hedges(article, lexicon=mk.Lexicon.load("hedges").without_context())`, and the same for
# `detect_loaded` with `"loaded"`. Does the baseline agree more or less with the students than the detector?

# %% tags=["solution"]
base_hedges = mk.detect_hedges(article, lexicon=mk.Lexicon.load("hedges").without_context())
base_loaded = mk.detect_loaded(article, lexicon=mk.Lexicon.load("loaded").without_context())
baseline = sheet_from_hits(base_hedges[base_hedges["label"] == "hedge"], base_loaded)
pd.concat(
    {
        "A vs baseline": mk.agreement(a, baseline, labels=LABELS).set_index("label"),
        "B vs baseline": mk.agreement(b, baseline, labels=LABELS).set_index("label"),
    }
)[["observed", "kappa", "alpha"]].round(2)

# %% [markdown]
# ## 6. The project's own reliability study
#
# The gold set that scores the detectors was annotated by one person (A), who also wrote the guide. To check it,
# a second annotator (B), who had seen no labels, detector output or lexicon, annotated 120 of its items from
# the guide alone (`docs/evaluation.md`, "Reliability study"). On sentences, Cohen's kappa was **0.94** for
# `emotive`, **0.98** for `hedge`, and **1.00** for name-calling, euphemism, scare quotes, naming and boosters,
# measured before adjudication. The 23 disagreements were settled by a third person reading the guide; one
# label was corrected and three clarifications of the guide were proposed.
#
# That is far above our classroom numbers, and the page says why you should not read it as "the scheme is
# reliable on news in general": the items were written together with the guide as short, clear cases; the
# annotators had the full guide (with counter-examples) rather than a few lines; and 120 items give few spans
# for the rare labels. The weak spot was the same as ours: `emotive`, the label that rests on a judgement.
#
# ### Your turn
#
# **Warm-up.** Give two reasons why the project's kappas are higher than the ones in section 3.

# %% [markdown] tags=["solution"]
# (1) Training and definitions: the study's annotators used the full guide with examples, counter-examples and
# hard-case rules; the students had two lines per label. (2) The material: short items written with the guide in
# mind, against a real article with genuinely ambiguous choices (*conflict*, *breaches*). Also: spans of clearly
# defined cues versus a whole-sentence judgement, and 128 sentences versus 17, which makes our kappas far less
# stable.

# %% [markdown]
# **Core.** Reproduce the study's sentence-level agreement from its files: `read_gold()` reads the gold set and
# `read_gold(path)` the second annotation (`data/gold/second_annotation.jsonl` in a clone of the repository).
# Compare the gold spans of the 120 items with the second annotator's spans using
# `mk.agreement(spans_a, spans_b, unit="sentence", corpus=...)`. (The gold file holds the labels *after*
# adjudication, so one label can differ slightly from the published table.)

# %% tags=["solution"]
from mediakit.evaluate import read_gold

gold_folder = Path(mk.__file__).resolve().parent.parent / "data" / "gold"
second_path = gold_folder / "second_annotation.jsonl"
if second_path.exists():
    gold, second = read_gold(), read_gold(second_path)
    items = set(second.corpus["doc_id"])
    gold_spans = gold.spans[gold.spans["doc_id"].isin(items)]
    display(mk.agreement(gold_spans, second.spans, unit="sentence", corpus=second.corpus).round(2))
else:
    print("The gold files are not installed with the package; run this in a clone of the repository.")

# %% [markdown]
# **Stretch.** Plan a reliability check for your own class: how many sentences, how many annotators, what
# training, and what would you do with the disagreements?

# %% [markdown] tags=["solution"]
# For example: a pilot round on a few sentences not in the study, discussed in class to sharpen the
# definitions (write the decisions down as rules, with an example each); then at least two annotators per
# sentence, working independently and without detector output, on 50 or more sentences so that kappa is not at
# the mercy of one sentence; report kappa and alpha per label with the number of units; settle disagreements by
# a third person with the written rules, and keep the pre-adjudication labels for the agreement figures.

# %% [markdown]
# ## Discussion questions
#
# 1. Your class reached a kappa of 0.3 on "loaded". Does that mean the concept is useless, the students are
#    careless, or the definition needs work? What evidence would tell these apart?
# 2. Should a word inside a quotation count when we ask whether a *sentence* is loaded? What changes if the
#    question is whether the *outlet* uses loaded language (notebook 03's author's voice)?
# 3. If the detector agrees with one student much more than with another, whose labels are "right"?
# 4. Is "Kiev" loaded? Is "conflict"? Who gets to decide, and how should the decision be recorded?
#
# ## References
#
# - Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and Psychological Measurement*
#   20(1), 37-46.
# - Hyland, K. (1998). *Hedging in Scientific Research Articles*. Amsterdam: John Benjamins.
# - Krippendorff, K. (2004). *Content Analysis: An Introduction to Its Methodology* (2nd ed.). Thousand Oaks:
#   Sage.
# - Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
#   University of Pennsylvania, departmental paper 43.
#
# [Next: 07-your-own-corpus](07-your-own-corpus.ipynb)
