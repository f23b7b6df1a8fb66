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
# # 05 · Comparing coverage
#
# **What you will do.** Put the article next to other texts about the same events and ask a careful question:
# *which differences can the numbers actually show?* First an experiment: three rewrites of the seed that each
# change one framing choice, so you can watch which indicator reacts to which change. Then every article side
# by side, with intervals that say how much a 400-word article can tell you; the words one article uses more
# than the others ([keyness](../docs/glossary.md#keyness)); and reading those words in context.
#
# | | |
# |---|---|
# | **Goals** | run a controlled comparison and say which indicator reacts to which change; read rates with their intervals and say when two articles cannot be told apart; compute and read a keyness table (effect size first, then adjusted significance); read key words in context; say what constructed texts can and cannot show |
# | **Prerequisites** | notebooks 01-04 (sentences, readability, loaded language, hedging and sourcing); the pandas primer of notebook 00 |
# | **Time** | about 90 minutes (sections 1, 2 and 6 are the core; 3-5 can be set as homework) |
# | **Data** | the bundled corpus: the seed article, five constructed accounts and three controlled rewrites of the seed (`data/README.md`); the list of real coverage in `data/coverage/manifest.csv` (links only, nothing is downloaded) |
# | **Level** | introductory to intermediate |
# | **Terms** | every term in bold or linked is explained in the [glossary](../docs/glossary.md) |
#
# Every table and plot below marks texts written for teaching as `[constructed]`. Keep that marker in mind
# the whole time: a difference between constructed texts was *written in*, so it teaches the method and says
# nothing about any real outlet.

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# The next cell loads the corpus, picks out the article and computes the comparison table once
# (`mk.analyze`: one row per article, every indicator of notebooks 02-04), plus the detector hits we will plot.
# Readability formulas were calibrated on long samples (the SMOG formula on 30 sentences), so mediakit warns
# about every short news article; notebook 02 explains that warning, and here we switch it off so it does not
# repeat in every cell.

# %%
import warnings

import pandas as pd

import mediakit as mk
from mediakit.readability import ShortTextWarning

warnings.filterwarnings("ignore", category=ShortTextWarning)
pd.set_option("display.max_colwidth", 90)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of {list(corpus['doc_id'])}")
if len(corpus) < 2:
    raise ValueError("this notebook compares articles: the corpus needs at least two")
article = corpus[corpus["doc_id"] == ARTICLE]

table = mk.analyze(corpus)  # one row per article; every column is described in docs/codebook.md
hits = pd.concat([mk.detect_loaded(corpus), mk.detect_hedges(corpus)], ignore_index=True)
sources = mk.detect_sources(corpus)  # quotes and attributions, with the reporting verb's type

n_words = int(table.loc[table["doc_id"] == ARTICLE, "words"].iloc[0])
print(f"{len(corpus)} articles; the article is {ARTICLE!r} ({n_words} words)")
table[["doc_id", "label", "kind", "words", "sentences"]]

# %% [markdown]
# ## 1. An experiment in wording: the controlled rewrites
#
# Researchers who study framing often run *experiments*: they keep the facts of a message and change only its
# wording, then see what changes (Tversky & Kahneman 1981 is the classic case; Chong & Druckman 2007 review the
# field). We can do the same with our instruments. Notebook 04 put the seed next to one rewrite; here we use all
# three **controlled rewrites** of the seed (`data/README.md` lists every change, word for word):
#
# | rewrite | what was changed | what was kept |
# |---|---|---|
# | `rewrite-naming` | [naming](../docs/glossary.md#contested-naming) only: Kiev → Kyiv, "former Ukrainian territories" → "Ukraine's occupied territories", conflict → war | hedges, reporting verbs, everything else |
# | `rewrite-hedging-verbs` | [hedges](../docs/glossary.md#hedge) and [reporting verbs](../docs/glossary.md#reporting-verb) only: "reportedly" → "Bloomberg reported", "hinted" → "said", "unlikely" → "unrealistic at this stage" | naming, everything else |
# | `rewrite-all` | both of the above, plus two more choices ("aspirations" → "bid", "now-defunct" → "of 2014 and 2015") | facts, order, quotations |
#
# If an indicator is any good, it should react to the change that was made **and to nothing else**. This is a
# test of the *instrument*, not a finding about the world: we already know the answer, because we wrote it in.
#
# **Python idea: a list comprehension.** `[d for d in corpus["doc_id"] if d.startswith("rewrite-")]` reads
# "the list of every `d` in the `doc_id` column whose name starts with `rewrite-`". It is a one-line loop that
# builds a list. The code also checks that the rewrites really are rewrites *of your article* (their `notes`
# name the file they were made from); with another article the comparison is no longer controlled.

# %%
rewrites = [d for d in corpus["doc_id"] if d.startswith("rewrite-") and d != ARTICLE]
experiment = [ARTICLE, *rewrites]
rewrite_notes = corpus.set_index("doc_id").loc[rewrites, "notes"] if rewrites else pd.Series(dtype=str)
controlled = bool(rewrites) and all(f"/{ARTICLE}.txt" in str(note) for note in rewrite_notes)

if not rewrites:
    print("No controlled rewrites in this corpus (ids starting 'rewrite-'): the table below has one column.")
elif controlled:
    print(f"Controlled experiment: {ARTICLE!r} against its rewrites {rewrites}.")
else:
    print(
        f"Caution: the rewrites {rewrites} were not made from {ARTICLE!r}, so the differences below mix "
        "every choice at once. The experiment is controlled only for the article they were rewritten from."
    )

# %% [markdown]
# Now the comparison: a few columns of `mk.analyze`, one column per text. **Python ideas:** `set_index("doc_id")`
# lets us pick rows by article id with `.loc[rows, columns]`, and `.T` (transpose) turns rows into columns so
# the texts sit side by side. The naming columns are `naming_share_<variant>`: the share of each variant within
# its pair (Kiev / (Kiev + Kyiv)); we keep those the texts actually use.

# %%
by_id = table.set_index("doc_id")
share_columns = [
    c
    for c in by_id.columns
    if c.startswith("naming_share_") and by_id.loc[experiment, c].fillna(0).gt(0).any()
]
indicators = [
    "words",
    "sentences",
    "naming_n",
    *share_columns,
    "hedge_n",
    "hedge_rate",
    "booster_n",
    "emotive_n",
    "sources_anonymous",
    "sources_media",
    "verbs_neutral",
    "verbs_speculative",
    "verbs_distancing",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
]
comparison = by_id.loc[experiment, indicators].T
comparison.round(2)

# %% [markdown]
# Easier to read as *differences*: each rewrite minus the article (0 = no change). `sub(..., axis=0)` subtracts
# the article's column from every column, row by row.

# %%
change = comparison.sub(comparison[ARTICLE], axis=0).drop(columns=ARTICLE)
change.round(2)

# %% [markdown]
# **What the experiment shows (for the seed).** Read the table row by row:
#
# - **Naming.** `naming_n` stays at 8 in every text: the *number* of naming hits says nothing. The *shares*
#   flip: the seed and `rewrite-hedging-verbs` use Kiev every time (`naming_share_kiev` = 1) and "former/formerly
#   Ukrainian" territories; `rewrite-naming` and `rewrite-all` use Kyiv and "occupied territories". Only the two
#   rewrites that changed naming move these rows.
# - **Hedges.** 8 hedges in the seed and in `rewrite-naming`, 3 in `rewrite-hedging-verbs` and `rewrite-all`
#   ("reportedly" three times, "Sources" and "unlikely" are gone; the three anonymous-source phrases the rewrite
#   kept on purpose are still counted).
# - **Reporting verbs.** The seed's 4 attributions with a *speculative* verb ("Sources indicate", "Rubio
#   hinted" for two quoted phrases, "Moscow has indicated") become *neutral* ones, and "Bloomberg reported" adds
#   media sources (`sources_media` 2 → 5), so `verbs_neutral` rises from 9 to 16.
# - **Readability** moves a little even though no sentence was split or joined: the Flesch-Kincaid grade falls
#   from about 14.5 to 13.6 in `rewrite-all`. That is not the framing being measured: the rewrites happen to use
#   shorter words ("war" for "hostilities", no "reportedly"), and the formulas count syllables. Compare the spread
#   over the whole corpus, printed below (about 12 to 15): a grade or less is small, and it tells you nothing
#   about *which side* a text takes.
#
# Two changes are invisible to every detector: "conflict" → "war" and "now-defunct" → "of 2014 and 2015" have no
# lexicon entry. An indicator only sees what its word list names; reading the text is still your job.

# %%
naming_used = mk.naming(corpus[corpus["doc_id"].isin(experiment)])
naming_used = naming_used[naming_used["count"] > 0]
if naming_used.empty:
    print("None of these texts uses a contested name from the lexicon.")
else:
    mk.plot.naming(naming_used, corpus=corpus)

# %% [markdown]
# Next, the reporting verbs behind the `verbs_*` columns: `pd.crosstab` counts how often each
# pair of values occurs (here: article × verb type).

# %%
verbs = sources[sources["doc_id"].isin(experiment) & (sources["verb_type"].fillna("") != "")]
pd.crosstab(verbs["doc_id"], verbs["verb_type"]).reindex(experiment).fillna(0).astype(int)

# %%
readability = mk.readability(corpus[corpus["doc_id"].isin(experiment)])
spread = table["flesch_kincaid_grade"].agg(["min", "max"]).round(1).tolist()
print("Flesch-Kincaid grade, lowest and highest in the whole corpus:", spread)
readability.set_index("doc_id").loc[
    experiment, ["flesch_reading_ease", "flesch_kincaid_grade", "words_per_sentence", "syllables_per_word"]
].round(2)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** For each rewrite, list the indicators of `change` that moved (difference not 0). Which rows move
# for *every* rewrite, and why does that not mean they measure framing?

# %% tags=["solution"]
for doc_id in change.columns:
    moved = change.index[change[doc_id].abs() > 1e-9].tolist()
    print(f"{doc_id}: {moved}")
# words, every rate (hits / words) and the readability scores move for every rewrite: any edit changes the
# number of words, their length and syllables. They react to *any* edit, so they cannot tell a naming change
# from a hedging change. (For the seed, hedge_rate moves by -0.1 in rewrite-naming with the same 8 hedges.)

# %% [markdown]
# **Core.** `data/README.md` says "conflict" → "war" has no lexicon entry. Count "conflict", "war" and
# "hostilities" in the texts of the experiment yourself. Hint: `texts.str.count(r"\bwar\b")` counts whole-word
# matches in a column of texts (`\b` marks a word boundary).

# %% tags=["solution"]
texts = corpus.set_index("doc_id").loc[experiment, "text"]
pd.DataFrame({word: texts.str.count(rf"\b{word}\b") for word in ["conflict", "war", "hostilities"]})

# %% [markdown]
# **Stretch.** Make your own controlled rewrite: change every "said" in the article into "claimed", add the new
# text to the corpus as a constructed text, and see which indicators react. (`pd.concat` stacks two tables;
# `.str.replace(pattern, new, regex=True)` replaces text.) What goes wrong if the word also occurs inside a
# quotation?

# %% tags=["solution"]
mine = article.copy()
mine["text"] = mine["text"].str.replace(r"\bsaid\b", "claimed", regex=True)
mine["doc_id"] = f"{ARTICLE}-said-claimed"
mine["kind"] = "constructed"  # it is a teaching text now: every table will mark it [constructed]
mine["register"] = "my rewrite: said -> claimed"
pair = mk.analyze(pd.concat([article, mine], ignore_index=True))
pair.set_index("label")[["hedge_n", "verbs_neutral", "verbs_distancing", "flesch_kincaid_grade"]].T
# A blind replacement also changes "said" inside quotations ("as I said" -> "as I claimed" in the seed),
# which puts words in a speaker's mouth: a real controlled rewrite edits the writer's voice only.

# %% [markdown]
# ## 2. All articles side by side: rates with intervals
#
# To compare articles of different lengths we use **[rates](../docs/glossary.md#rate)**: hits per 1,000
# words. But one article is a small sample of its writer's habits. Write the same story again and the number of hedges would come out a little
# different. The **exact Poisson interval** (Garwood 1936; [confidence interval](../docs/glossary.md#confidence-interval))
# gives the range of underlying rates that could plausibly have produced the count we see. With few words and
# few hits it is wide, and that is the point.
#
# Keep two questions apart:
#
# 1. *Do these two texts differ?* The counts answer that: they are facts about the texts.
# 2. *Does one writer (or outlet) hedge more than the other **in general**?* That needs the intervals. When the
#    intervals of two articles overlap widely, the data cannot rule out that the same habit produced both:
#    read it as **"can't tell"**. (Strictly, intervals that overlap a little can still hide a real difference,
#    Schenker & Gentleman 2001; with 400-600-word articles the honest reading is still "can't tell".)
#
# `mk.compare.rate_table` gives one row per article and label with `rate_low` and `rate_high`;
# `mk.plot.rates` draws them as error bars. (The semicolon after a plotting call hides the line of text Jupyter
# would otherwise print with the figure, `<Axes: ...>`.)

# %%
rates = mk.compare.rate_table(hits, corpus, labels=["hedge", "naming", "emotive"])
rates.loc[rates["label"] == "hedge", ["doc_id", "hits", "words", "rate", "rate_low", "rate_high"]].round(1)

# %%
mk.plot.rates(rates, labels=["hedge", "naming"], corpus=corpus);

# %% [markdown]
# Which articles can we tell apart from the article? Two intervals overlap when each one starts before the
# other ends. **Python idea:** `&` combines two true/false columns ("and"); `.map({True: ..., False: ...})`
# turns true/false into words.

# %%
def compare_with_article(rates, label):
    """One row per other article: its rate and interval for `label`; does it overlap the article's?"""
    rows = rates[rates["label"] == label].set_index("doc_id")
    own = rows.loc[ARTICLE]
    others = rows.drop(index=ARTICLE)
    overlap = (others["rate_low"] <= own["rate_high"]) & (own["rate_low"] <= others["rate_high"])
    return pd.DataFrame(
        {
            "hits": others["hits"],
            "rate": others["rate"].round(1),
            "interval": [f"{lo:.1f} to {hi:.1f}" for lo, hi in zip(others.rate_low, others.rate_high)],
            "reading": overlap.map({True: "can't tell", False: "different"}),
        }
    )


own_hedges = rates[(rates["label"] == "hedge") & (rates["doc_id"] == ARTICLE)].iloc[0]
print(
    f"{ARTICLE}: {own_hedges['hits']} hedges in {own_hedges['words']} words "
    f"= {own_hedges['rate']:.1f} per 1,000, interval {own_hedges['rate_low']:.1f} to {own_hedges['rate_high']:.1f}"
)
compare_with_article(rates, "hedge")

# %% [markdown]
# **For the seed** (8 hedges in 394 words: 20.3 per 1,000, interval 8.8 to 40.0) almost every comparison reads
# "can't tell". Look at `rewrite-hedging-verbs`: we *know* five hedges were taken out, and the two texts do
# differ (question 1). Yet its interval (1.5 to 21.8) overlaps the seed's: from one 400-word article each you
# could not conclude that one *writer* hedges more than the other (question 2). Only a text with no hedges at
# all stands clearly apart. Longer texts, or many articles per outlet, shrink the intervals (Stretch below).
#
# ### Your turn
#
# **Warm-up.** Plot the rates of `naming` and `emotive` in the **author's voice** only (`voice="author"`).
# Why are there no error bars now? (Hint: look at the columns of `rates`.)

# %% tags=["solution"]
mk.plot.rates(rates, labels=["naming", "emotive"], voice="author", corpus=corpus);
# rate_table computes intervals for all words only (rate_low, rate_high); for voice="author" the plot looks
# for rate_author_low/rate_author_high, which are not there, so it draws the bars without intervals.

# %% [markdown]
# **Core.** Use `compare_with_article` for `naming`. Which articles are "different" from yours? Does a
# "different" naming *rate* tell you which names each text uses?

# %% tags=["solution"]
print(compare_with_article(rates, "naming"))
# The rate counts every naming hit, whatever the variant: the seed (Kiev) and rewrite-naming (Kyiv) have the
# same rate. Which side's name a text uses is in the naming shares (section 1), not in the rate.

# %% [markdown]
# **Stretch.** How long would the article need to be? Keep its hedge rate and imagine it 5, 10 and 50 times
# longer (5 times the words and 5 times the hedges, ...). `poisson_interval(k)` from `mediakit.stats` gives the
# interval for a count `k`; divide by the words and multiply by 1,000.

# %% tags=["solution"]
from mediakit.stats import poisson_interval

n_hedges, n_words = int(own_hedges["hits"]), int(own_hedges["words"])
for factor in [1, 5, 10, 50]:
    low, high = poisson_interval(n_hedges * factor)
    words = n_words * factor
    print(f"{words:>6} words: {low / words * 1000:5.1f} to {high / words * 1000:5.1f} per 1,000")

# %% [markdown]
# ## 3. Keyness: which words does the article use more than the others?
#
# Detectors only find the words their lexicons list. **Keyness** turns the question round: of *all* words and
# two-word phrases, which does the article use more (or less) often than a **reference corpus**? Read two numbers,
# in this order:
#
# 1. **Effect size first**: the [log ratio](../docs/glossary.md#log-ratio) (Hardie 2014), log2 of the ratio of
#    relative frequencies. +1 means twice as frequent in the article, +2 four times, -1 half as frequent.
# 2. **Then: more than chance?** The log-likelihood **G2** (Dunning 1993; Rayson & Garside 2000) gives a p-value
#    per term. We test hundreds of terms at once, so some small p-values appear by chance alone; the
#    Benjamini-Hochberg adjustment (1995) corrects for that (`p_adj`), and `significant` is `p_adj < 0.05`.
#
# **Choosing the reference matters.** The rewrites repeat the seed almost word for word; leaving them in the
# reference would hide the seed's own words. So the reference is every other article except the rewrites.
# Terms seen fewer than 5 times in all (`min_count`) are not tested at all, so chance does not fill the list.
#
# With a few thousand words, **expect few or no significant terms**. That is an honest answer, not a failure.

# %%
reference = [d for d in corpus["doc_id"] if d != ARTICLE and not d.startswith("rewrite-")]
if not reference:  # a corpus of the article and its rewrites only
    reference = [d for d in corpus["doc_id"] if d != ARTICLE]
key = mk.keyness(corpus, [ARTICLE], reference)
info = key.attrs["mediakit"]
print(f"target: {info['target_words']} words; reference ({len(reference)} articles): {info['reference_words']} words")
print(f"{info['tests']} terms tested; {int(key['significant'].sum())} significant after adjustment")
key[["term", "n_target", "n_reference", "log_ratio", "g2", "p", "p_adj", "significant"]].head(10).round(3)

# %%
mk.plot.keyness(key, n=10, corpus=corpus);

# %% [markdown]
# **For the seed** the top of the list is *conflict* (3 times in 392 words, twice in the 3,006 words of the
# reference: log ratio 3.5, more than eight times as frequent), then *leaving*, *easing*, *proposal*,
# *territories*, *kiev*. At the bottom: *would*, *it*, *of the*, *united* (the constructed accounts talk about
# "the United States" and Trump, the seed does not). The smallest raw p-value is about 0.01, but after
# adjustment for 268 tests no term comes close to 0.05: nothing is significant. Note also that *kiev* and
# *kiev's* are counted as two words (tokens keep their possessive) and that *reportedly* (3 times, only in the
# seed) is missing: 3 is below `min_count`.
#
# ### Your turn
#
# **Warm-up.** Show the 10 terms the article uses *least* compared with the reference (the bottom of `key`).

# %% tags=["solution"]
key[["term", "n_target", "n_reference", "log_ratio", "p_adj"]].tail(10).iloc[::-1].round(3)

# %% [markdown]
# **Core.** Run `mk.keyness` again with `min_count=3`. Which terms are new at the top? How many terms are tested
# now, and how many are significant? Why can lowering `min_count` make *fewer* terms significant?

# %% tags=["solution"]
key3 = mk.keyness(corpus, [ARTICLE], reference, min_count=3)
print(key3.attrs["mediakit"]["tests"], "terms tested;", int(key3["significant"].sum()), "significant")
print(key3[["term", "n_target", "n_reference", "log_ratio", "p_adj"]].head(8).round(3))
# More terms are tested, so the Benjamini-Hochberg adjustment is stricter for each one; rare terms rarely
# reach significance anyway. For the seed "reportedly" (3 vs 0) now tops the list, still not significant.

# %% [markdown]
# **Stretch.** Compare the article with **one** other article only, words only (`ngrams=(1, 1)`). Is anything
# significant? Which reference text would make a fair comparison for your question?

# %% tags=["solution"]
one = reference[0]
key_one = mk.keyness(corpus, [ARTICLE], [one], ngrams=(1, 1))
print(f"against {one}: {int(key_one['significant'].sum())} of {len(key_one)} terms significant")
key_one[["term", "n_target", "n_reference", "log_ratio", "p_adj"]].head(8).round(3)
# A fair reference covers the same events in the same period: otherwise topic words (names, places) dominate.

# %% [markdown]
# ## 4. Reading key words in context
#
# A keyness list says *that* a word is frequent, never *how* it is used. A **[keyword-in-context](../docs/glossary.md#kwic)**
# list (a concordance; Baker 2006) shows every occurrence with a few words either side, so you can read before
# you interpret. `mk.kwic(corpus, "word")` returns one row per match: `left`, `match`, `right`, the sentence
# number and whether the match is inside a quotation (`in_quote`).
#
# **Python idea: a function.** `def tidy(lines): ...` defines a small reusable step; here it squeezes line breaks
# and runs of spaces in the context into single spaces so the table is easy to read.

# %%
def tidy(lines):
    """The kwic columns worth reading, with whitespace squeezed to single spaces."""
    shown = lines[["doc_id", "left", "match", "right", "in_quote"]].copy()
    for column in ("left", "right"):
        shown[column] = shown[column].str.replace(r"\s+", " ", regex=True)
    return shown


over_used = key.loc[key["log_ratio"] > 0, "term"].head(3).tolist()
print("over-used terms to read:", over_used)
compared = [ARTICLE, *reference]
if over_used:
    lines = mk.kwic(corpus, over_used[0])
    lines = lines[lines["doc_id"].isin(compared)]
    display(tidy(lines))  # display() shows a table from inside a block; normally only a cell's last line shows

# %% [markdown]
# **For the seed** the top term *conflict* reads: "resolving the Russia-Ukraine conflict", "freeze the
# conflict", "wouldn't fully resolve the conflict". In the reference only the Russian-state text uses it ("the
# Ukrainian conflict", "freeze the conflict"); the others say *war*, a word the seed never uses. Keyness has
# found a naming choice the lexicon has no entry for, the same one `rewrite-naming` changed. It is not
# significant, so it is a lead to follow up in more texts, not a finding.
#
# ### Your turn
#
# **Warm-up.** Find every "Kiev" and "Kyiv" in the corpus with one regular expression (`mk.kwic(corpus,
# r"Kyiv|Kiev", regex=True, case=True)`) and count them per article and spelling with `pd.crosstab`.

# %% tags=["solution"]
names_found = mk.kwic(corpus, r"Kyiv|Kiev", regex=True, case=True)
pd.crosstab(names_found["doc_id"], names_found["match"])

# %% [markdown]
# **Core.** Read the most **under-used** term in the reference articles. How do the other texts use it, and why
# does the article not need it?

# %% tags=["solution"]
under_used = key.loc[key["log_ratio"] < 0].sort_values("log_ratio")["term"].head(1).tolist()
if under_used:
    lines = mk.kwic(corpus, under_used[0])
    print(under_used[0])
    display(tidy(lines[lines["doc_id"].isin(reference)]).head(12))
# For the seed the bottom term is "would": the constructed accounts report the plan and the remarks in
# indirect speech ("Washington would decide ...", "European governments would not recognise ...") where the
# seed quotes directly. A function word like this says more about style than about stance.

# %% [markdown]
# **Stretch.** Which reporting verbs does each article use? Find `said`, `told`, `claimed`, `insisted`,
# `hinted`, `stated` and `indicated` with one regular expression and cross-tabulate article × verb.

# %% tags=["solution"]
verb_lines = mk.kwic(corpus, r"\b(said|told|claimed|insisted|hinted|stated|indicated)\b", regex=True)
pd.crosstab(verb_lines["doc_id"], verb_lines["match"].str.lower())

# %% [markdown]
# ## 5. Two articles side by side
#
# Numbers point; reading decides. `mk.side_by_side` shows two articles in two columns with the same highlighting
# as notebooks 03 and 04 (hover over a mark to see why it fired). We put the article next to one constructed
# account, the wire-service one if the corpus has it.

# %%
others = [d for d in corpus["doc_id"] if d != ARTICLE and not d.startswith("rewrite-")] or [
    d for d in corpus["doc_id"] if d != ARTICLE
]
OTHER = "constructed-wire" if "constructed-wire" in others else others[0]
print("compared with:", OTHER)
mk.side_by_side(corpus, corpus, hits, doc_ids=(ARTICLE, OTHER))

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Show the same two articles with only hedges and naming highlighted (`labels=[...]`).

# %% tags=["solution"]
mk.side_by_side(corpus, corpus, hits, doc_ids=(ARTICLE, OTHER), labels=["hedge", "naming"])

# %% [markdown]
# **Core.** Put the article next to a constructed account in another register (for example
# `constructed-russian-state` or `constructed-ukrainian`). Note three differences a detector marks and one it
# does not (who is quoted first? which facts come first?).

# %% tags=["solution"]
other_register = next((d for d in others if "russian" in d and d != OTHER), others[-1])
mk.side_by_side(corpus, corpus, hits, doc_ids=(ARTICLE, other_register))

# %% [markdown] tags=["solution"]
# For the seed and `constructed-russian-state`: both write Kiev, but the Russian-state text adds "Kiev regime"
# (name-calling), "new regions", "special military operation" (euphemism) and "reunification". The seed hedges
# the US plan ("reportedly", "Sources indicate"); the Russian-state text distances itself from Kyiv's side
# ("Kiev ... insists", "claims") and from the Bloomberg report ("anonymous European officials", "what it
# presented as"), and reports Russian officials with plain "told" and "said". Not marked by any detector:
# the Russian-state text opens with Nebenzia and the moratorium, the seed with the US plan. What comes first is
# a framing choice (Entman 1993) that no word list sees.

# %% [markdown]
# **Stretch.** Put the article next to `rewrite-all` (if your corpus has it). Which marks disappear, and which
# changes leave no mark at all?

# %% tags=["solution"]
if "rewrite-all" in set(corpus["doc_id"]) and ARTICLE != "rewrite-all":
    display(mk.side_by_side(corpus, corpus, hits, doc_ids=(ARTICLE, "rewrite-all")))
else:
    print("no rewrite-all in this corpus")

# %% [markdown] tags=["solution"]
# The "reportedly" and "Sources" hedges disappear; the naming marks stay, as many as before, on other words
# (Kiev → Kyiv, former → occupied). "conflict" → "war", "aspirations" → "bid" and "now-defunct" → "of 2014 and
# 2015" change the text without any mark.

# %% [markdown]
# ## 6. What constructed texts can and cannot show
#
# Every comparison text in this corpus is a **[constructed text](../docs/glossary.md#constructed-text)**:
# written for teaching, with its differences put in on purpose (`data/README.md`).
#
# - **They can show** that a measure reacts to a change that was written in (the naming shares flip with
#   Kiev/Kyiv; the hedge count falls when "reportedly" goes), and what a measure misses ("conflict" → "war").
#   They are like the weights used to check a scale.
# - **They cannot show** anything about real outlets. "The Russian-state text says Kiev" is true of a text the
#   project wrote; it is not evidence about how Russian state media wrote, because the texts contain exactly the
#   differences their writers put in. Nor can one article stand for an outlet, as section 2 showed.
#
# Claims about real coverage need real articles. The project lists links to real coverage of the same events in
# a **manifest** (it cannot redistribute the articles themselves). Here is the list; nothing is downloaded.

# %%
manifest = mk.coverage_manifest()
print(manifest["outlet_type"].value_counts().to_string())
manifest[["id", "outlet", "date", "outlet_type", "language"]]

# %% [markdown]
# To fetch these articles, a researcher runs, **on a machine with network access** (notebook 07 walks through
# it; the articles stay on your machine and are not shared):
#
# ```python
# result = mk.fetch_corpus(mk.coverage_manifest(), cache_dir="coverage_cache")
# real = mk.load_corpus("coverage_cache")  # later, offline
# ```
#
# Then every analysis in this notebook runs on real texts: set `CORPUS_PATH = "coverage_cache"`. Even then, the
# manifest is a small, uneven sample (see the counts above: mostly Ukrainian outlets and Russian state media, many
# of them syndicated copies), not a census of "the media"; some links will have died.
#
# ### Your turn
#
# **Warm-up.** Show the manifest rows of one outlet type, for example the wire stories.

# %% tags=["solution"]
manifest.loc[manifest["outlet_type"] == "wire", ["id", "outlet", "date", "headline", "notes"]]

# %% [markdown]
# **Core.** Which of these statements does this notebook support? (a) "The naming indicator reacts to Kiev →
# Kyiv and to nothing else." (b) "Russian state media call Ukraine's capital Kiev." (c) "The seed hedges more
# than `rewrite-hedging-verbs`." (d) "The seed's writer hedges more than wire reporters do."

# %% [markdown] tags=["solution"]
# (a) Yes for the naming *shares*: that is what the controlled rewrites test (they move only in `rewrite-naming`
# and `rewrite-all`). The naming *rate* moves a little with any edit, because its denominator is the words. (b) No: the Russian-state text is constructed; a claim about real outlets needs the real
# coverage in the manifest. (c) Yes, as a statement about these two texts (8 hedges against 3; we wrote the
# difference in), but not as a claim about two writers' habits: the intervals overlap. (d) No: one article,
# compared with a constructed wire text, with overlapping intervals.

# %% [markdown]
# **Stretch.** Design a real comparison with the manifest: which rows would you fetch, what would be the target
# and the reference, which indicators would you compare, and what would make the result more than "can't tell"?

# %% [markdown] tags=["solution"]
# For example: target = the Russian state media rows, reference = the Ukrainian outlet rows, same dates
# (17-19 April) so the events match; compare naming shares (Kiev/Kyiv, territories) and reporting-verb types,
# which differ by kind, not just by rate. To get past "can't tell" you need many articles per group (tens, not
# one), originals rather than syndicated copies, and a reading of key words in context before any claim.

# %% [markdown]
# ## Discussion questions
#
# 1. The controlled rewrites check that an indicator reacts to what was written in. What would a rewrite that
#    tests the *emotive* detector look like? Which changes could no lexicon ever catch?
# 2. The counts of two texts are facts; the intervals are about habits. Which of the two questions does a
#    journalist's media column usually ask, and which does it answer?
# 3. Keyness found "conflict" though no detector lists it. Is a word that one outlet uses and another avoids
#    always a framing choice? Think of topic words, style words and house style.
# 4. Why does the course never add the indicators up into one "bias score"? (Entman 1993: a frame is a pattern of
#    selection and salience that a reader interprets, not a sum of word counts.)
#
# ## References
#
# - Baker, P. (2006). *Using Corpora in Discourse Analysis*. London: Continuum.
# - Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate. *Journal of the Royal Statistical
#   Society B* 57(1), 289-300.
# - Chong, D. & Druckman, J. N. (2007). Framing theory. *Annual Review of Political Science* 10, 103-126.
# - Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. *Computational
#   Linguistics* 19(1), 61-74.
# - Entman, R. M. (1993). Framing: toward clarification of a fractured paradigm. *Journal of Communication*
#   43(4), 51-58.
# - Garwood, F. (1936). Fiducial limits for the Poisson distribution. *Biometrika* 28(3/4), 437-442.
# - Hardie, A. (2014). Log Ratio: an informal introduction. ESRC Centre for Corpus Approaches to Social Science
#   (CASS), Lancaster University.
# - Rayson, P. & Garside, R. (2000). Comparing corpora using frequency profiling. *Workshop on Comparing Corpora,
#   ACL 2000*.
# - Schenker, N. & Gentleman, J. F. (2001). On judging the significance of differences by examining the overlap
#   between confidence intervals. *The American Statistician* 55(3), 182-186.
# - Tversky, A. & Kahneman, D. (1981). The framing of decisions and the psychology of choice. *Science* 211,
#   453-458.
#
# [Next: 06-classroom-annotation](06-classroom-annotation.ipynb)
