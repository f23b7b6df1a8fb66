# %% [markdown]
# # 02 · Readability: what the formulas measure, and what they do not
#
# Readability formulas turn a text into a number: a "reading ease" or a US school grade. They are easy to
# compute and easy to misread. This notebook opens the formulas up: the counts behind every score, the score
# redone by hand, why two tools can count sentences differently, why short texts give unstable scores, and how
# the article compares with the other texts of the corpus.
#
# | | |
# |---|---|
# | **Goals** | Say what readability formulas measure (sentence length, word length, familiar words) and what they do not (meaning, accuracy, bias, quality); compute the scores of an article and a corpus; redo Flesch reading ease by hand from the counts; explain why mediakit's sentence count differs from the one behind the scores; judge how much a score of a 400-word article can be trusted |
# | **Prerequisites** | [00-start-here](00-start-here.ipynb) (Python and pandas primer) and [01-reading-the-article](01-reading-the-article.ipynb) (sentences and paragraphs) |
# | **Time** | About 60 minutes |
# | **Data** | The seed article and the eight constructed comparison texts of the bundled corpus |
# | **Level** | Beginner to intermediate (a little arithmetic) |
# | **Glossary** | Terms in links are defined in the [course glossary](../docs/glossary.md) |

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# As before, plus two lines about warnings. mediakit warns when a text is too short for the formulas (a
# `ShortTextWarning`); section 5 shows that warning and explains why it exists. We switch it off here so that it
# does not repeat under every cell.

# %%
import re
import warnings

import mediakit as mk
import numpy as np
import pandas as pd
from mediakit.readability import ShortTextWarning, readability_counts

warnings.filterwarnings("ignore", category=ShortTextWarning)  # explained in section 5
pd.set_option("display.max_colwidth", 90)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of: {', '.join(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]
text = article["text"].iloc[0]
print(f"{len(corpus)} articles loaded; this notebook is about {ARTICLE!r}.")

# %% [markdown]
# ## 1. What the formulas measure
#
# The classic [readability](../docs/glossary.md#readability) formulas were built in the mid-20th century to
# match texts to school readers. They use only counts that a clerk could make by hand:
#
# - **sentence length**: words per sentence (every formula);
# - **word length**: syllables per word (Flesch 1948; Flesch-Kincaid, Kincaid et al. 1975), words of three
#   or more syllables (Gunning fog, Gunning 1952; SMOG, McLaughlin 1969) or letters per word (Coleman-Liau,
#   ARI);
# - **familiar words**: the share of words not on a list of about 3,000 words known to most fourth-graders
#   (Dale & Chall 1948).
#
# Flesch reading ease runs from about 0 to 100, **higher = easier** (60-70 is "plain English"); the others
# give a US school grade, **higher = harder**. The formulas predict how hard a text is to read *on average*
# for school readers (see DuBay 2004; Klare 1974-75 for reviews). They know nothing about **meaning**,
# **accuracy**, **bias** or **quality**: shuffle the words, or say something false, and the score does not
# move. Here is the proof on three tiny texts. (`mk.readability(text, measures=[...])` returns the chosen
# scores and counts for one text.)

# %%
examples = [
    "The cat sat on the mat. It was a very happy cat.",
    "Mat the on sat cat the. Cat happy very a was it.",  # the same words, shuffled: nonsense
    "Kyiv is the capital of France. It is a very big town.",  # false
]
wanted = ["flesch_reading_ease", "flesch_kincaid_grade", "sentences", "words", "syllables"]
pd.DataFrame([mk.readability(e, measures=wanted) for e in examples], index=examples)

# %% [markdown]
# The first two rows are identical: nonsense scores exactly like sense, because the counts are the same. The
# false sentence is "very easy". A readability score is a statement about sentence and word length, nothing
# more, and in framing analysis it is at most a description of **register** (a tabloid, a wire report, an
# analysis piece), never a verdict on a text.
#
# ### Your turn
#
# **Warm-up.** Write two short texts of your own, one sensible and one nonsense, that get the same Flesch
# reading ease, and check with `mk.readability(..., measures="flesch_reading_ease")`.

# %% tags=["solution"]
sense = "Talks were held in Paris. Both sides left early."
nonsense = "Paris were held in talks. Early sides left both."
print(mk.readability(sense, measures="flesch_reading_ease"))
print(mk.readability(nonsense, measures="flesch_reading_ease"))

# %% [markdown]
# **Core.** Make the article "easier" without changing a single word: turn every comma followed by a space into a
# full stop (`text.replace(", ", ". ")`). Compare Flesch reading ease and words per sentence before and after.
# Is the new text easier to read?

# %% tags=["solution"]
chopped = text.replace(", ", ". ")
measures = ["flesch_reading_ease", "words_per_sentence", "sentences"]
pd.DataFrame({
    "original": mk.readability(text, measures=measures),
    "commas to full stops": mk.readability(chopped, measures=measures),
})
# Flesch reading ease rises by many points, because sentences got shorter. The text did not get easier: it got
# harder, since the pieces are no longer sentences. A formula rewards the counts, whatever produced them.

# %% [markdown]
# **Stretch (open question).** Which of these edits would raise the Flesch score, and which would actually help a
# reader? (a) splitting every long sentence in two at a natural break; (b) writing "top diplomat" instead of
# "Secretary of State"; (c) deleting every hedge ("reportedly", "sources indicate"); (d) replacing "Kiev" by
# "Kyiv".

# %% [markdown] tags=["solution"]
# (a) raises the score (shorter sentences) and often does help a reader. (b) raises it a little (fewer
# syllables: "Secretary" has four) and may help or hurt: it is vaguer, and it is a *naming choice*. (c) raises it
# slightly (fewer long words such as "reportedly") but harms the reader: the text now claims more certainty than
# its sourcing supports. That is a framing change a readability score rewards. (d) raises it a tiny bit, for a
# silly reason: the pronunciation dictionary gives "Kiev" two syllables, while "Kyiv", missing from it, gets one
# from the hyphenation fallback (`docs/readability.md`, "Known limits"). No reader finds one spelling easier;
# the spelling is exactly the kind of choice the course studies. Readability and framing are different
# dimensions.

# %% [markdown]
# ## 2. Scores for the article and the corpus
#
# `mk.readability` takes one text, an `Article` or a whole corpus frame. For one text it returns a Series: the nine
# scores, then the counts behind them (`sentences`, `words`, `syllables`, `polysyllables` (words of 3+ syllables),
# `difficult_words`, `letters`, `characters`, `words_per_sentence`, `syllables_per_word`). For a corpus, a table with
# one row per article. The table of formulas, sources and directions is in `docs/readability.md`.

# %%
scores = mk.readability(corpus)  # one row per article: 9 scores and 9 counts
mine = scores.set_index("doc_id").loc[ARTICLE]  # the article's row (doc_id as the index, so all numbers)
print(mine.round(2).to_string())

# %%
columns = ["doc_id", "flesch_reading_ease", "flesch_kincaid_grade", "words_per_sentence", "syllables_per_word"]
scores[columns].round(2)

# %% [markdown]
# All nine texts land in Flesch's "difficult" band (30-50) and at Flesch-Kincaid grades 12 to 15 (the end of US
# high school to college): ordinary for news about diplomacy, which is full of long names and institutions
# ("Secretary of State", "infrastructure").
#
# ### Your turn
#
# **Warm-up.** Which article is the hardest by Flesch-Kincaid grade, and which the easiest? (Sort `scores`.)

# %% tags=["solution"]
scores.sort_values("flesch_kincaid_grade", ascending=False)[["doc_id", "flesch_kincaid_grade"]]

# %% [markdown]
# **Core.** Do the formulas agree on which texts are harder? Rank the articles by three measures (`.rank()` on a
# column gives 1 to the smallest value) and compare the ranks. Careful: Flesch reading ease runs the other way.

# %% tags=["solution"]
ranks = pd.DataFrame({
    "doc_id": scores["doc_id"],
    "flesch_reading_ease (1 = hardest)": scores["flesch_reading_ease"].rank(),
    "flesch_kincaid_grade (1 = easiest)": scores["flesch_kincaid_grade"].rank(),
    "dale_chall (1 = easiest)": scores["dale_chall"].rank(),
})
ranks.sort_values("flesch_kincaid_grade (1 = easiest)")
# Broadly yes, but not exactly: the formulas weight sentence length, syllables and word lists differently, so
# texts that are close swap places. A difference that depends on the choice of formula is not a robust one.

# %% [markdown]
# **Stretch.** How much of Flesch reading ease is explained by each of its two ingredients? Compute the
# correlation (`.corr()`) of `flesch_reading_ease` with `words_per_sentence` and with `syllables_per_word` across
# the corpus. With nine texts, how far would you trust these numbers?

# %% tags=["solution"]
scores[["flesch_reading_ease", "words_per_sentence", "syllables_per_word"]].corr().round(2)
# Both correlations are negative (longer sentences, longer words: lower ease). With nine texts, eight of them
# written for the course, a correlation is a description of this small set, not an estimate of anything general.

# %% [markdown]
# ## 3. The counts behind a score, and Flesch by hand
#
# Every score is a formula applied to a few counts, so it can be redone with a calculator. `mk.explain_readability`
# shows each formula with the article's counts plugged in, the result, and a plain-language reading of it.

# %%
explained = mk.explain_readability(text)
explained[["measure", "calculation", "reading"]]

# %% [markdown]
# The formulas do not agree on the grade: most say college level, while Spache, built for primary-school books,
# says grade 8. Each is calibrated on different readers and texts.
#
# Flesch (1948) reading ease is
#
# $$ 206.835 \; - \; 1.015 \times \frac{\text{words}}{\text{sentences}} \; - \; 84.6 \times \frac{\text{syllables}}{\text{words}} $$
#
# The two fractions are the average sentence length and the average word length in syllables; the constants
# were fitted by Flesch to reading tests of school texts.
#
# ### Your turn
#
# **Warm-up.** Redo Flesch reading ease by hand from the counts in `mine` (`mine["words"]`, `mine["sentences"]`,
# `mine["syllables"]`) and check that you get `mine["flesch_reading_ease"]`.

# %% tags=["solution"]
words, sentences, syllables = mine["words"], mine["sentences"], mine["syllables"]
by_hand = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
print(f"by hand: {by_hand:.4f}   mediakit: {mine['flesch_reading_ease']:.4f}")

# %% [markdown]
# **Core.** Do the same for the Flesch-Kincaid grade, 0.39 × words/sentences + 11.8 × syllables/words − 15.59
# (Kincaid et al. 1975). Which of the two ingredients contributes more to the article's grade?

# %% tags=["solution"]
sentence_part = 0.39 * words / sentences
word_part = 11.8 * syllables / words
print(f"sentence length part: {sentence_part:.2f}, word length part: {word_part:.2f}")
print(f"grade by hand: {sentence_part + word_part - 15.59:.4f}   mediakit: {mine['flesch_kincaid_grade']:.4f}")
# The word-length part is the larger one: long words (names, institutions) drive the grade more than long
# sentences do.

# %% [markdown]
# **Stretch.** Keeping the article's syllables per word, how many words per sentence would it need to reach
# Flesch 60 ("plain English")? Solve the formula for words/sentences. What does the answer tell you?

# %% tags=["solution"]
syllables_per_word = syllables / words
needed = (206.835 - 60 - 84.6 * syllables_per_word) / 1.015
if needed <= 0:
    print(f"Impossible: with {syllables_per_word:.2f} syllables per word, "
          "even one-word sentences stay below 60.")
else:
    print(f"{needed:.1f} words per sentence (now {words / sentences:.1f}).")
# For the seed (1.74 syllables per word) the answer is below zero: its vocabulary alone keeps it out of "plain
# English". Word choice, not sentence length, sets its score.

# %% [markdown]
# ## 4. Why mediakit's sentence count differs from the score's
#
# mediakit computes its scores **exactly as textstat 0.7.13 does** (the most used Python library): the numbers are
# identical, not just close, which the test suite checks on every bundled article, the gold set and generated
# texts (`docs/readability.md`). That lets results be compared with published work. But textstat counts sentences
# with its own rule, not with mediakit's segmentation (notebook 01):
#
# - textstat cuts the text after every `.`, `!` or `?` with the regular expression `\b[^.!?]+[.!?]*`, then
#   **drops pieces of two words or fewer**. A paragraph break does not end a piece, so **a headline without a
#   full stop merges with the first sentence**; abbreviations such as `Mr.` or `U.S.` split sentences;
# - mediakit's `mk.sentences` ends a sentence at every paragraph break and knows common abbreviations
#   (`docs/segmentation.md`).
#
# So the article has one sentence more in notebook 01 than behind its score. Below, textstat's rule redone in
# two lines, and the first "sentence" it finds.

# %%
pieces = re.findall(r"\b[^.!?]+[.!?]*", text)
textstat_sentences = [p for p in pieces if len(p.split()) > 2]  # pieces of 2 words or fewer are dropped
print("textstat rule:", len(textstat_sentences), "| score's count:", int(mine["sentences"]),
      "| mk.sentences:", len(mk.sentences(text)))
print()
print(repr(textstat_sentences[0]))

# %% [markdown]
# (`len(p.split())` approximates textstat's word count, which first deletes punctuation; the two agree on
# ordinary text.) mediakit can also score with its own segmentation and the formulas' published word rules:
# `mk.readability(text, method="mediakit")`. The scores then differ a little from textstat's.
#
# ### Your turn
#
# **Warm-up.** Compare the two methods for the article: show `flesch_reading_ease`, `sentences`, `words` and
# `syllables` from `mk.readability(text)` and from `mk.readability(text, method="mediakit")` side by side.

# %% tags=["solution"]
columns = ["flesch_reading_ease", "sentences", "words", "syllables"]
pd.DataFrame({
    "textstat (default)": mk.readability(text, measures=columns),
    "mediakit": mk.readability(text, measures=columns, method="mediakit"),
})

# %% [markdown]
# **Core.** Which textstat "sentences" cross a paragraph break (contain `"\n\n"`)? Print the start of each. Does
# that explain the whole difference between the two sentence counts for your article?

# %% tags=["solution"]
merged = [p for p in textstat_sentences if "\n\n" in p]
for p in merged:
    print(repr(p[:120]))
difference_in_counts = len(mk.sentences(text)) - len(textstat_sentences)
print(f"{len(merged)} merged piece(s); difference in counts: {difference_in_counts}")
# For the seed: one piece, the headline merged with the lead, and the counts differ by exactly one.

# %% [markdown]
# **Stretch.** Try both segmentations on `"Mr. Smith met Dr. Jones on Jan. 5 at 3 p.m. in the U.S. Senate. They
# talked."`. How many sentences does each find, and which is right?

# %% tags=["solution"]
tricky = "Mr. Smith met Dr. Jones on Jan. 5 at 3 p.m. in the U.S. Senate. They talked."
tricky_pieces = [p for p in re.findall(r"\b[^.!?]+[.!?]*", tricky) if len(p.split()) > 2]
print("textstat rule:", len(tricky_pieces), tricky_pieces)
print("mk.sentences: ", [s.text for s in mk.sentences(tricky)])
# textstat's rule cuts at every full stop and then drops the short pieces, including the real sentence "They
# talked." mediakit finds the two sentences a reader sees. The default stays textstat's so that scores are
# comparable with published work; method="mediakit" is there when the segmentation matters more.

# %% [markdown]
# ## 5. Short texts: why mediakit warns
#
# The formulas were fitted on samples of **100 words or more**; SMOG was calibrated on **30 sentences**
# (McLaughlin 1969). On fewer words, a single long name or one long sentence moves the score a lot. So
# `mk.readability` emits a `ShortTextWarning` for texts under 100 words, and for SMOG under 30 sentences (most
# news articles, including ours, are shorter than that: the SMOG score is still computed, but read it with
# care). The setup cell silenced the warning; here it is, caught and printed once.

# %%
lead = mk.paragraphs(text)[1].text if len(mk.paragraphs(text)) > 1 else mk.paragraphs(text)[0].text
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", ShortTextWarning)
    lead_scores = mk.readability(lead, measures=["flesch_reading_ease", "words"])
for warning in caught:
    print("ShortTextWarning:", warning.message)
print()
print(lead_scores)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Score every paragraph of the article separately (a loop or a list comprehension over
# `mk.paragraphs(text)`) and show Flesch reading ease with the word count of each.

# %% tags=["solution"]
paragraph_scores = pd.DataFrame(
    [mk.readability(p.text, measures=["flesch_reading_ease", "words"]) for p in mk.paragraphs(text)]
).reset_index(drop=True)  # number the paragraphs 0, 1, 2, ...
paragraph_scores["start"] = [p.text[:50] for p in mk.paragraphs(text)]
paragraph_scores.round(1)

# %% [markdown]
# **Core.** What is the range (highest minus lowest) of the paragraph scores, and how does it compare with the
# range of the whole-article scores across the corpus (`scores["flesch_reading_ease"]`)? What does this say
# about comparing two headlines, or two paragraphs, by readability?

# %% tags=["solution"]
paragraph_range = paragraph_scores["flesch_reading_ease"].max() - paragraph_scores["flesch_reading_ease"].min()
corpus_range = scores["flesch_reading_ease"].max() - scores["flesch_reading_ease"].min()
print(f"paragraphs of {ARTICLE}: {paragraph_range:.1f} points; "
      f"whole articles of the corpus: {corpus_range:.1f} points")
# The paragraphs of one article spread over far more points than whole articles do. A score for a headline or
# a paragraph mostly reflects one or two sentences and a few long names: it is too noisy to compare texts.

# %% [markdown]
# **Stretch.** Score the article's first 1, 2, 3, ... sentences (join them with spaces) and watch the score
# settle as the text grows. From how many words on does it stay within 5 points of the full article's score?

# %% tags=["solution"]
own_sentences = mk.sentences(text)
rows = []
for n in range(1, len(own_sentences) + 1):
    so_far = " ".join(s.text for s in own_sentences[:n])
    r = mk.readability(so_far, measures=["words", "flesch_reading_ease"])
    rows.append({"sentences": n, "words": int(r["words"]),
                 "flesch_reading_ease": round(r["flesch_reading_ease"], 1)})
growing = pd.DataFrame(rows)
growing["within_5_points"] = (growing["flesch_reading_ease"] - mine["flesch_reading_ease"]).abs() <= 5
print(growing.to_string(index=False))
outside = growing.loc[~growing["within_5_points"], "sentences"]
settled = 1 if outside.empty else outside.max() + 1
if settled <= len(growing):
    print(f"Within 5 points of the full score from {settled} sentences "
          f"({growing.loc[settled - 1, 'words']} words) on.")
# For the seed the score swings by 30 points over the first 100 words and settles only after about 220 words.

# %% [markdown]
# ## 6. The article among the comparison texts
#
# `mk.plot.readability_profile(scores, corpus=corpus)` draws every article's scores in one figure: the
# grade-level measures on the left (higher = harder), Flesch reading ease on the right (higher = easier), so that
# nobody reads the two scales as one. Constructed texts are labelled `[constructed: register]`: their
# differences were written for teaching and say nothing about real outlets.

# %%
ax = mk.plot.readability_profile(scores, corpus=corpus)

# %% [markdown]
# For the seed: four of the five constructed accounts score a little easier; the Russian-state one is about as
# hard. The three controlled rewrites keep the seed's sentences and change a few words ("Kiev" to "Kyiv",
# "hinted" to "said", "reportedly" dropped), yet they move Flesch reading ease by 3 to 8 points: shorter words,
# fewer syllables. A readability difference can come from framing edits, and most framing choices barely show
# in it; the score cannot tell which.
#
# ### Your turn
#
# **Warm-up.** Draw the profile again with only Flesch-Kincaid grade and Dale-Chall (`measures=[...]`).

# %% tags=["solution"]
ax = mk.plot.readability_profile(scores, corpus=corpus, measures=["flesch_kincaid_grade", "dale_chall"])

# %% [markdown]
# **Core.** For every other article, compute the difference in Flesch reading ease from your article (other minus
# yours) and sort it. Which texts differ by less than 5 points? Given section 5, would you call such a
# difference real?

# %% tags=["solution"]
difference = scores[["doc_id", "flesch_reading_ease"]].copy()
difference["minus_article"] = difference["flesch_reading_ease"] - mine["flesch_reading_ease"]
difference = difference[difference["doc_id"] != ARTICLE].sort_values("minus_article")
print(difference.round(1).to_string(index=False))
print()
print("within 5 points:", difference.loc[difference["minus_article"].abs() < 5, "doc_id"].tolist())
# For the seed: the three rewrites differ by 3 to 8 points although they keep the seed's sentences; the biggest
# change (rewrite-all) comes from small wording edits. Differences of a few points between 400-word texts are
# within the noise the next section measures.

# %% [markdown]
# **Stretch.** Where does your article rank among the corpus on each of the nine measures? (Rank every measure so
# that 1 = hardest: for Flesch reading ease, rank ascending; for the grade measures, `rank(ascending=False)`.)

# %% tags=["solution"]
from mediakit.readability import MEASURES

hardest_first = pd.DataFrame({
    m: scores[m].rank(ascending=(m == "flesch_reading_ease")) for m in MEASURES
})
hardest_first.index = scores["doc_id"]
hardest_first.loc[ARTICLE].astype(int)
# For the seed: the hardest or nearly the hardest text on most measures, which is consistent with its long words;
# but Linsear Write, which only looks at the first 100 words, ranks it differently.

# %% [markdown]
# ## 7. Why a 400-word article's score is noisy
#
# A score is an average over the article's sentences. With 16 or 17 sentences, a different writer's choice of
# two or three sentences would move it, just as a survey of 17 people is less certain than a survey of 1,000. We
# can estimate how much with the **bootstrap** (Efron & Tibshirani 1993): draw the article's sentences at random,
# with replacement, as many as it has; recompute the score; repeat 1,000 times. The middle 95% of the scores is a
# [confidence interval](../docs/glossary.md#confidence-interval): the range of scores texts "like this one" could
# have had.
#
# We count words and syllables per sentence with `readability_counts` (textstat's rules) on mediakit's sentences.
# Because the headline counts as its own sentence here, the point estimate differs a little from the score above.
# `np.random.default_rng(0)` makes the random draws repeatable; `rng.integers(0, n, size)` draws sentence numbers.

# %%
def flesch_interval(t, n_boot=1000, seed=0):
    """Flesch reading ease of text t and a 95% bootstrap interval over its sentences."""
    counts = [readability_counts(s.text) for s in mk.sentences(t)]
    w = np.array([c.words for c in counts])
    syl = np.array([c.syllables for c in counts])
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(w), size=(n_boot, len(w)))  # each row: one resampled article
    W, S = w[draws].sum(axis=1), len(w)
    ease = 206.835 - 1.015 * W / S - 84.6 * syl[draws].sum(axis=1) / W
    point = 206.835 - 1.015 * w.sum() / S - 84.6 * syl.sum() / w.sum()
    low, high = np.percentile(ease, [2.5, 97.5])
    return point, low, high


point, low, high = flesch_interval(text)
print(f"{ARTICLE}: Flesch reading ease {point:.1f}, "
      f"95% interval {low:.1f} to {high:.1f} ({high - low:.0f} points wide)")

# %% [markdown]
# An interval about 15 to 20 points wide spans two of Flesch's bands. Two articles of this length whose scores
# differ by 5 or 10 points may not differ in any way the formula can vouch for.
#
# ### Your turn
#
# **Warm-up.** Run `flesch_interval` again with `seed=1` and with `n_boot=200`. How much do the bounds move?

# %% tags=["solution"]
for kwargs in [{"seed": 1}, {"n_boot": 200}]:
    p, lo, hi = flesch_interval(text, **kwargs)
    print(kwargs, f"{lo:.1f} to {hi:.1f}")
# The bounds move by a point or so: the interval itself is estimated by chance draws, and 1,000 is enough for a
# teaching example (docs/evaluation.md uses 1,000 too).

# %% [markdown]
# **Core.** Compute the interval for every article in the corpus and show them in one table. Which pairs of
# articles have intervals that do not overlap?

# %% tags=["solution"]
intervals = pd.DataFrame(
    [flesch_interval(t) for t in corpus["text"]], columns=["flesch", "low", "high"], index=corpus["doc_id"]
).round(1)
print(intervals.sort_values("flesch").to_string())
separate = []
for a in intervals.index:
    for b in intervals.index:
        apart = intervals.loc[a, "high"] < intervals.loc[b, "low"] or intervals.loc[b, "high"] < intervals.loc[a, "low"]
        if a < b and apart:
            separate.append((a, b))
print()
print("pairs whose intervals do not overlap:", separate or "none")
# Few or no pairs are clearly apart: with texts of 400 to 700 words, readability differences are mostly noise.
# (Overlapping intervals do not prove that two texts are alike either; they say the data cannot tell.)

# %% [markdown]
# **Stretch (open question).** A student compares the seed with one real article from the manifest and finds
# Flesch 35 against 45, and writes that the seed "is written to be harder to follow". Give three reasons why the
# conclusion does not follow.

# %% [markdown] tags=["solution"]
# 1. **Noise.** With about 400 words, the interval is 15-20 points wide: a 10-point difference may be chance in
#    which sentences were written. 2. **Validity.** The formulas measure sentence and word length, not how hard a
#    text is to *follow* (coherence, background knowledge, structure), and not intent ("written to be").
#    3. **Comparability.** A different topic mix, more long proper names (institutions, places), quotations of
#    diplomats, or house style (headline with or without a full stop, which changes textstat's sentence count)
#    move the score without any choice about difficulty. One article against one article says nothing about an
#    outlet.

# %% [markdown]
# ## Discussion questions
#
# 1. Readability formulas were designed to match school books to children. What would a formula for news
#    readers have to take into account that these do not?
# 2. mediakit matches textstat exactly, quirks included, rather than "fixing" the sentence count. When is
#    comparability with published work worth more than a better count?
# 3. In section 1 deleting hedges made a text "easier". Can a clear, readable text be a *less* honest one?
# 4. Would you report a readability score for a single headline? For a corpus of 10,000 articles? Why the
#    difference?
#
# ## References
#
# - Dale, E. & Chall, J. S. (1948). A formula for predicting readability. *Educational Research Bulletin* 27,
#   11–20, 37–54.
# - DuBay, W. H. (2004). *The Principles of Readability*. Costa Mesa, CA: Impact Information.
# - Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*. New York: Chapman & Hall.
# - Flesch, R. (1948). A new readability yardstick. *Journal of Applied Psychology* 32(3), 221–233.
# - Gunning, R. (1952). *The Technique of Clear Writing*. New York: McGraw-Hill.
# - Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975). *Derivation of New Readability
#   Formulas for Navy Enlisted Personnel*. Research Branch Report 8-75.
# - Klare, G. R. (1974–75). Assessing readability. *Reading Research Quarterly* 10(1), 62–102.
# - McLaughlin, G. H. (1969). SMOG grading: a new readability formula. *Journal of Reading* 12(8), 639–646.
# - The project's documentation: `docs/readability.md` (every formula, the counts, the identity with textstat).
#
# **[Next: 03-loaded-language](03-loaded-language.ipynb)**: emotive words, name-calling, euphemisms, scare
# quotes and contested naming, in the author's voice and in quotations.
