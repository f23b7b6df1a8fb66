# %% [markdown]
# # 04 · Hedging and sourcing: how sure is the article, and who says so?
#
# A news report rarely states things on its own authority. It says a plan was *reportedly*
# discussed, that *sources indicate* something, that an envoy *said*, *claimed* or *hinted*. These
# small words decide how much the article commits to, and whose word the reader has to trust.
# This notebook finds them: hedges and boosters first, then the sources (named or anonymous), the
# verbs that introduce them, and whose words fill the quotations. It ends with a controlled
# experiment: the seed next to a rewrite in which only the hedges and reporting verbs changed.
#
# | | |
# |---|---|
# | **Goals** | tell a [hedge](../docs/glossary.md#hedge) from a [booster](../docs/glossary.md#booster) and name the six kinds of hedge; see why hedge words need context rules; find and count the hedges of an article by voice; list its sources as named, anonymous or media, with their [reporting verbs](../docs/glossary.md#reporting-verb); measure whose words fill the quotations; compare the article with a rewrite in which only hedges and verbs changed |
# | **Prerequisites** | notebooks 00 (Python and pandas primer), 01 (quotes and who is quoted) and 03 (the hit table, the author's voice and rates per 1,000 words) |
# | **Time** | about 75 minutes (45 without the stretch exercises) |
# | **Data** | the bundled corpus: the seed article (a report on a US peace proposal for Russia and Ukraine, April 2025, publisher unknown), five constructed accounts of the same events and three controlled rewrites of the seed (`kind: constructed`); see `data/README.md` |
# | **Level** | beginner (warm-up and core exercises); intermediate (stretch exercises) |
# | **Libraries** | mediakit, pandas |
# | **Glossary** | Terms in links are defined in the [course glossary](../docs/glossary.md) |
#
# The definitions this notebook follows are in the annotation guide (`docs/annotation-guide.md`,
# sections 5 and 6) and in `docs/sourcing.md`.

# %% [markdown]
# ## Parameters
#
# Leave `ARTICLE` as it is to study the seed, or set it to any other `doc_id` of the corpus and
# run all cells again: every cell below works for any article.

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# As in notebook 03: import, load the corpus, keep our article's row in `article`. We also run the
# two detectors of this notebook on the whole corpus **once** and keep their tables: `hedges`
# (hedges and boosters) and `sources` (quotations and attributions). Every later cell reuses them.

# %%
import pandas as pd

import mediakit as mk

pd.set_option("display.max_colwidth", 80)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of {sorted(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]

hedges = mk.detect_hedges(corpus)
sources = mk.detect_sources(corpus)
print(article["title"].iloc[0])
print(len(hedges), "hedges and boosters and", len(sources), "sources in", len(corpus), "articles")

# %% [markdown]
# ## 1. Hedges and boosters
#
# A **hedge** weakens the commitment of the writer (or speaker) to what is said, or signals that it
# rests on someone else, vaguely identified. A **booster** does the opposite: it presents a claim
# as beyond doubt (Hyland 1998, 2005). Hedging is not a fault: careful reporting hedges what it
# cannot confirm. But hedges and boosters change what a reader takes as established, and their
# density is a framing choice. Recasens et al. (2013) call the bias they can carry
# *epistemological*: it concerns how true a statement is presented as being, not what it is about.
#
# mediakit labels hedges `hedge`, with the kind in `detail`, and boosters `booster`:
#
# | detail | what | example |
# |---|---|---|
# | `modal` | a modal verb of possibility | The fog *may* delay flights. |
# | `adverb` | an epistemic adverb or predicative adjective | The plant is *likely* to close; *perhaps*; *probably* |
# | [`approximator`](../docs/glossary.md#approximator) | a vague quantity, **only before a number, amount or time** | *about* 40 homes; *around* 10 pm |
# | [`evidential`](../docs/glossary.md#evidential) | the claim rests on reports or inference | *reportedly*; *is believed to*; *appears to* |
# | [`vague_attribution`](../docs/glossary.md#vague-attribution) | a source the reader cannot identify ("weasel words", Farkas et al. 2010) | *Sources* said; *one official*; *people familiar with the talks* |
# | [`distancing_verb`](../docs/glossary.md#distancing-verb) | a reporting verb that signals the reporter does not vouch for the words (Bell 1991) | the company *claimed*; prosecutors *alleged* |
# | *(booster)* | the claim is presented as certain | *clearly*; *in fact*; *no doubt* |
#
# Here is the detector on sentences from the annotation guide (one string, several sentences):

# %%
examples = (
    "The fog may delay flights. The plant is likely to close. About 40 homes lost power. "
    "The suspect reportedly fled abroad. The painting is believed to date from 1620. "
    "Sources said the deal was close. The company claimed the outage was caused by a storm. "
    "The data clearly show a decline. There is no doubt the bridge needs repair."
)
mk.detect_hedges(examples)[["text", "label", "detail", "reason"]]

# %% [markdown]
# Multiword cues are one hit ("is believed to", "no doubt"), as the annotation guide asks.
#
# ### Your turn
#
# **Warm-up.** Write two sentences about anything (the weather, a match), one hedged and one
# boosted, and run `mk.detect_hedges` on them.

# %% tags=["solution"]
mk.detect_hedges("Rain will probably return on Sunday. Obviously, the home side deserved the win.")[
    ["text", "label", "detail"]
]

# %% [markdown]
# **Core.** Before running anything, decide for each sentence whether it holds a hedge and of which
# kind: (a) *"Officials could not confirm the figure."* (b) *"The vote could slip to next week."*
# (c) *"The proposal would freeze the front line."* (d) *"Nearly half the votes were counted."* Then
# check with the detector, and look up any disagreement in the annotation guide (section 5).

# %% tags=["solution"]
for sentence in [
    "Officials could not confirm the figure.",
    "The vote could slip to next week.",
    "The proposal would freeze the front line.",
    "Nearly half the votes were counted.",
]:
    found = mk.detect_hedges(sentence)
    print(sentence, "->", list(zip(found["text"], found["detail"])))

# %% [markdown] tags=["solution"]
# (a) no hedge: "could not" is inability (section 5.1), and "Officials" is not a source here
# (nothing is attributed to them), so it is not a vague attribution either. (b) `modal`: "could"
# presents a possibility. (c) no hedge: "would" in a hypothetical is excluded (section 5.1). (d)
# `approximator`: "Nearly" before a quantity ("half"). A plain word list would have flagged
# "Officials" and "could" in (a): section 2 shows why the detector does not.

# %% [markdown]
# **Stretch.** The detector labels *"Some residents left early."* as `vague_attribution`. Read rule
# 2 of section 5.5 in the annotation guide ("some", "many" + a people noun used *as a source of
# opinion or information*). Is this a correct hit? Write a sentence where the same words are a
# correct hit.

# %% tags=["solution"]
for sentence in ["Some residents left early.", "Some residents say the water is still unsafe."]:
    found = mk.detect_hedges(sentence)
    print(sentence, "->", list(zip(found["text"], found["detail"])))

# %% [markdown] tags=["solution"]
# In "Some residents left early" the residents are not a source: nothing is attributed to them, so
# by the guide this is a false positive. In "Some residents say the water is still unsafe" they
# are the (vague) source of a claim, and the hit is right. The detector cannot tell the two apart
# because it does not check for a verb of saying.

# %% [markdown]
# ## 2. Context rules: "May" the month, "about" the plan
#
# Hedge words are very often something else. "May" is a month, "might" a noun ("military might"),
# "about" a preposition ("talked about the plan"), "claim" a noun ("an insurance claim"), "appeared"
# a verb of showing up. The lexicon's entries carry **context rules** (as in notebook 03), and two
# special ones matter here:
#
# - `case_sensitive = lower` for "may": it fires in lower case, or capitalised only at the start of a
#   sentence, and not next to a date (`not_after`: "in", "on", a number...);
# - `quantity_after = yes` for the approximators: "about", "around", "some", "nearly"... fire only
#   directly before a quantity (a number, a number word, "half", "a third", a time).
#
# The function below (the same idea as in notebook 03) compares the plain word list with the real
# lexicon on a list of sentences. `describe` writes the hits of a table as one string.

# %%
hedge_lexicon = mk.Lexicon.load("hedges")


def describe(found):
    """The hits of a table as one string, e.g. 'may (modal), About (approximator)'."""
    columns = zip(found["text"], found["label"], found["detail"])
    pieces = [f"{text} ({detail or label})" for text, label, detail in columns]
    return ", ".join(pieces) or "-"


def compare_rules(sentences, rules=hedge_lexicon, detector=mk.detect_hedges):
    """For each sentence: what a plain word list finds, and what the lexicon with context rules finds."""
    plain_list = rules.without_context()
    rows = []
    for sentence in sentences:
        rows.append(
            {
                "sentence": sentence,
                "word list": describe(detector(sentence, lexicon=plain_list)),
                "with context rules": describe(detector(sentence, lexicon=rules)),
            }
        )
    return pd.DataFrame(rows)


compare_rules(
    [
        "The talks may resume in May.",
        "The fair opens on 3 May.",
        "About 40 homes lost power.",
        "The council talked about the budget.",
        "Voting closed around 10 pm.",
        "Protests spread around the world.",
        "Russia's military might was on show.",
        "The band appeared on stage at nine.",
        "She filed an insurance claim.",
        "The exits are clearly marked.",
    ]
)

# %% [markdown]
# The rules of the two entries we just discussed:

# %%
hedge_lexicon.entries.set_index("id").loc[
    ["hd-may", "hd-about"], ["pattern", "case_sensitive", "not_after", "not_before", "quantity_after"]
].apply(lambda column: column.str.slice(0, 60))

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Try `compare_rules` on *"May brought heavy rain."* and *"Some 2,000 runners took
# part."* Is the result with context rules right?

# %% tags=["solution"]
compare_rules(["May brought heavy rain.", "Some 2,000 runners took part."])

# %% [markdown] tags=["solution"]
# Both are right: "May" at the start of a sentence followed by "brought" is the month (the entry's
# `not_before` list holds "brought"), and "Some" before a number is an approximator.

# %% [markdown]
# **Core.** Find one sentence where the rules remove a hedge they should keep (a false negative),
# or keep a word they should remove (a false positive). Hint: try "nearly" before a verb, "around"
# before "a dozen", or "about" before "half".

# %% tags=["solution"]
compare_rules(
    [
        "The storm left around a dozen homes without power.",  # kept, correctly: "a dozen" is a quantity
        "About half the staff went home.",  # kept, correctly
        "The bridge nearly collapsed.",  # dropped, correctly: "nearly" does not quantify here
        "It would appear that the leak is contained.",  # the guide wants 'would' AND 'appear': 'appear' is missed
    ]
)

# %% [markdown] tags=["solution"]
# The approximator rule holds up well. The last sentence shows a gap: the guide (section 5.1)
# annotates "would" (modal) and "appear" (evidential) in "it would appear that" as two hedges;
# the detector finds only "would".

# %% [markdown]
# **Stretch.** Rubio says in the seed: *"... then I think we're just going to move on."* By the
# annotation guide (section 5.4), "think" with a clause after it is an `evidential` hedge (it marks
# the speaker's opinion). Run the detector on *"I think the deal is close."* and on *"Then I think
# we’re just going to move on."* Look at the entry `hd-believe` (its `requires_after` column) and
# explain the difference. What entry would you change, and how?

# %% tags=["solution"]
print(compare_rules(["I think the deal is close.", "Then I think we’re just going to move on."]))
print(hedge_lexicon.entries.set_index("id").loc["hd-believe", ["pattern", "requires_after"]].to_dict())

# %% [markdown] tags=["solution"]
# "think" fires only when one of the words in `requires_after` follows it ("that", "the", "it",
# "he", "she", "they"...). "we" and "we’re" are not in the list, so Rubio's "I think we’re" is
# missed: a false negative. Adding "we|we’re|you|i" to `requires_after` (in an extended lexicon,
# notebook 03 section 8) would catch it; then test that it does not add false positives ("I think
# we should go" is still a hedge; "what do you think we ate" would be a false positive).

# %% [markdown]
# ## 3. The hedges of the article
#
# We keep the article's rows of `hedges`, then count them by kind.

# %%
article_hedges = hedges[hedges["doc_id"] == ARTICLE]
print(len(article_hedges), "hedges and boosters in", ARTICLE)
article_hedges[["text", "label", "detail", "section", "in_quote", "speaker"]]

# %%
article_hedges.groupby("label")["detail"].value_counts()

# %% [markdown]
# **On the seed**: eight hedges, no booster. The story hangs on them. The headline says the US
# "*Reportedly* Floats Plan", the lead repeats "*reportedly*", and so does the third paragraph
# (the proposal, "*reportedly* discussed at a meeting in Paris"): the central claim is presented
# as someone else's report. The plan is known through "*unnamed European officials*", "*Sources*
# indicate", "*One official*" and "*The source*": four sources the reader cannot identify. The
# eighth is "*unlikely*", Moscow's view of a ceasefire. All eight are in the author's voice.
#
# What the detector does **not** count is instructive too: "the roadmap *would* essentially
# freeze the conflict" is a hypothetical, and "couldn't be found" is an inability, both excluded by
# the annotation guide (section 5.1); and Rubio's "I think we're" is missed (the stretch exercise
# above).
#
# The highlighted article, with only hedges and boosters shown:

# %%
mk.highlight(article, hedges, labels=["hedge", "booster"])

# %% [markdown]
# Rates per 1,000 words, in the author's voice and in quotations, come from `mk.summarize` (as in
# notebook 03). Hedges in a quotation are the speaker's caution; hedges in the author's voice are
# the outlet's.

# %%
hedge_rates = mk.summarize(hedges, corpus, labels=["hedge", "booster"])
hedge_rates[hedge_rates["doc_id"] == ARTICLE][
    ["label", "hits", "hits_author", "hits_quoted", "words_author", "words_quoted", "rate_author", "rate_quoted"]
].round(1)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** In which **section** (headline, lead, body) are the article's hedges? Why does a
# hedge in the headline weigh more than one in the body?

# %% tags=["solution"]
article_hedges["section"].value_counts()

# %% [markdown]
# **Core.** Compute the rate of hedges per 1,000 words **in the author's voice** yourself: count
# the article's hedges with `in_quote == False` (written `~article_hedges["in_quote"]`, where `~`
# means "not"), divide by the words in the author's voice (`words_author` in `hedge_rates`) and
# multiply by 1,000. Check that you get the `rate_author` above.

# %% tags=["solution"]
in_author_voice = article_hedges[(article_hedges["label"] == "hedge") & ~article_hedges["in_quote"]]
words_author = hedge_rates.loc[hedge_rates["doc_id"] == ARTICLE, "words_author"].iloc[0]
if words_author:
    rate = len(in_author_voice) / words_author * 1000
    print(f"{len(in_author_voice)} hedges / {words_author} words x 1,000 = {rate:.1f}")
else:
    print("This article has no words in the author's voice.")

# %% [markdown]
# **Stretch.** Draw the hedge and booster rates in the author's voice for every article with
# `mk.plot.rates(hedge_rates, corpus=corpus, labels=["hedge", "booster"], voice="author")`. Which
# articles hedge least? Remember that the three rewrites are the seed with chosen changes, and
# the other comparison texts were written for teaching.

# %% tags=["solution"]
ax = mk.plot.rates(hedge_rates, corpus=corpus, labels=["hedge", "booster"], voice="author")

# %% [markdown] tags=["solution"]
# The seed and `rewrite-naming` (which kept the seed's hedges) hedge most, about 28 per 1,000 words
# of the author's voice; `rewrite-hedging-verbs` and `rewrite-all` drop to about 10, because those
# rewrites replaced "reportedly" and "Sources indicate" with attribution to Bloomberg. The
# constructed accounts sit lower still. These texts were written to differ, so the figure shows the
# measure reacting to a known change, not how real outlets hedge.

# %% [markdown]
# ## 4. Who is the source? Named, anonymous, and the verbs that introduce them
#
# News is built from what sources say, and the reporter chooses *who* gets the floor, whether they
# are *named*, and which **reporting verb** introduces them (Bell 1991). "Said" is the reporter's
# neutral default; "claimed" signals that the reporter does not vouch for the words; "admitted"
# presupposes they are true; "hinted" presents them as tentative (Caldas-Coulthard 1994).
#
# `mk.detect_sources` gives one row per source:
#
# | column | meaning |
# |---|---|
# | `label` | `quote` (words in quotation marks, with their speaker) or `attribution` (a source without quotation: "One official told Bloomberg that ...", "according to a Bloomberg report", "Sources indicate") |
# | `detail` | `named` (a named person or organisation), `anonymous` (a role or group: "one official", "Sources"), `media` (a news organisation or report), `unattributed` (a quotation with no speaker found) |
# | `speaker`, `speaker_name` | the short form (surname as written) and the full name found in the article |
# | `affiliation` | whom the speaker speaks for, from the affiliation table (`mediakit/lexicons/affiliations.csv`) |
# | `verb`, `verb_type` | the reporting verb as written, and its type (table below) |
# | `quoted_words` | the number of words in a quotation |
#
# | verb_type | examples | what it does to the reported words |
# |---|---|---|
# | `neutral` | said, told, added, stated, according to | reports without evaluating |
# | `distancing` | claimed, alleged, insisted | the reporter does not vouch for them |
# | `factive` | admitted, revealed, acknowledged | presupposes they are true |
# | `speculative` | hinted, suggested, indicated | presents them as tentative or indirect |
# | `argumentative` | argued, warned, urged | names the speech act |
# | `labelling` | called, described as, dubbed | gives the speaker's own name for something |
# | `denial`, `emotive`, `manner` | denied; slammed; shouted | a rebuttal; dramatised attitude; how it was said |
#
# (The full table, with references, is in `docs/sourcing.md`.)

# %%
article_sources = sources[sources["doc_id"] == ARTICLE]
if article_sources.empty:
    print(ARTICLE, "has no quotation or attribution that the detector recognises.")
article_sources[["text", "label", "detail", "speaker", "verb", "verb_type", "affiliation"]]

# %% [markdown]
# **On the seed**: fourteen sources. Six are not named people: two Bloomberg credits (`media`)
# and four anonymous sources ("unnamed European officials", "Sources", "One official", "The
# source"). The named ones are Rubio and Nebenzia, and "Moscow" (a capital standing for its
# government). Look at the verbs: Rubio "*hinted*" (twice), "Sources *indicate*", Moscow has
# "*indicated*": four `speculative` verbs that present what was said as tentative. The rest are
# neutral ("told", "said", "stated", "mentioned"). Note also that "The diplomat" is linked to
# Nebenzia, named in the sentence before.
#
# Some words are found by **both** detectors: "Sources" is a `vague_attribution` hedge and an
# anonymous `attribution` source. The two tables answer different questions (how committed? who
# speaks?), so the overlap is intended. The highlight shows both layers:

# %%
mk.highlight(article, hedges, sources, labels=["hedge", "quote", "attribution"])

# %% [markdown]
# ### Your turn
#
# **Warm-up.** How many of the article's sources are named, anonymous or media? (`value_counts` on
# `detail`.)

# %% tags=["solution"]
article_sources["detail"].value_counts()

# %% [markdown]
# **Core.** List every **anonymous** source across the corpus, with its article and verb. Which
# article relies most on them? `groupby("doc_id").size()` counts rows per article.

# %% tags=["solution"]
anonymous = sources[sources["detail"] == "anonymous"]
print(anonymous.groupby("doc_id").size().sort_values(ascending=False), "\n")
anonymous[["doc_id", "text", "verb", "verb_type"]]

# %% [markdown] tags=["solution"]
# The constructed wire text has the most (seven), but several are institutions the detector files
# as anonymous ("The Russian foreign ministry", "Ukraine’s foreign ministry in Kyiv", "The State
# Department", "Zelensky’s office"): a role phrase without a person's name. Reading the list matters
# more than the count: "One official" and "a ministry" are very different kinds of anonymity. The
# list also shows a detector error: "Secretary" in `constructed-us` comes from "Secretary of State
# Marco Rubio warned", where the rules took "State" for the verb "state".

# %% [markdown]
# **Stretch.** Count the reporting verbs by type for every article (`pd.crosstab`) and find the
# articles that use `distancing` verbs. Whose words are they used for (`affiliation`)? `docs/events.md`
# notes that some outlets report Russian statements with "claimed" where wire services write
# "said". What can the constructed texts show about that, and what can they not?

# %% tags=["solution"]
with_verb = sources[sources["verb_type"] != ""]
print(pd.crosstab(with_verb["doc_id"], with_verb["verb_type"]), "\n")
distancing = sources[sources["verb_type"] == "distancing"]
distancing[["doc_id", "text", "speaker", "verb", "affiliation"]]

# %% [markdown] tags=["solution"]
# In the bundled corpus the Ukrainian constructed text uses "claimed" for Nebenzia and Peskov
# (Russian government), and the Russian-state text uses "insists" for Kyiv ("Kiev ... insists").
# That pattern was written into the teaching texts following documented conventions, so it shows
# that the measure picks up the choice. Whether real outlets do this needs real coverage
# (notebook 07).

# %% [markdown]
# ## 5. Whose words fill the article?
#
# Quoting someone gives them the floor in their own words. `mk.quote_shares(sources)` counts, per
# article and speaker, the quotations, the quoted words and the speaker's `share` of all quoted
# words in the article (the shares of an article add up to 1). A quotation inside a quotation is
# not counted twice.

# %%
shares = mk.quote_shares(sources)
article_shares = shares[shares["doc_id"] == ARTICLE]
if article_shares.empty:
    print(ARTICLE, "quotes nobody.")
article_shares[["speaker", "speaker_name", "affiliation", "n_quotes", "quoted_words", "share"]].round(2)

# %% [markdown]
# **On the seed**, two people fill all the quotations: Vassily Nebenzia (Russian government) has
# 64% of the quoted words, Marco Rubio (US government) 36%. No Ukrainian or European voice is
# quoted, although the plan concerns them: the Europeans appear only as anonymous sources of the
# plan. Quoted speech is about a quarter of the seed's words (notebook 03, section 4).
#
# Grouping by `affiliation` (`groupby(...)["share"].sum()`) sums the shares of all the speakers of
# one affiliation:

# %%
if article_shares.empty:
    print(ARTICLE, "quotes nobody.")
else:
    print(article_shares.groupby("affiliation")["share"].sum().round(2))

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Who has the most quoted words in your article, and how many quotations do they have?
# Hint: `.sort_values("quoted_words", ascending=False).head(1)`.

# %% tags=["solution"]
article_shares.sort_values("quoted_words", ascending=False).head(1)[["speaker", "n_quotes", "quoted_words", "share"]]

# %% [markdown]
# **Core.** Make a table with one row per article and one column per affiliation, holding the
# share of quoted words. `groupby(["doc_id", "affiliation"])["share"].sum()` gives the sums;
# `.unstack(fill_value=0)` turns the affiliations into columns. Which articles give Ukrainian
# government speakers no quoted words at all?

# %% tags=["solution"]
by_affiliation = shares.groupby(["doc_id", "affiliation"])["share"].sum().unstack(fill_value=0).round(2)
by_affiliation

# %% [markdown] tags=["solution"]
# (A speaker the affiliation table does not know would appear in a column without a name.) In the
# bundled corpus the seed and its three rewrites quote only Russian and US
# government speakers, and so does the constructed Russian-state text; the other constructed
# accounts quote Ukrainian officials too.

# %% [markdown]
# **Stretch.** The affiliation table does not know everybody. In the seed, "Moscow has indicated
# ..." is a named source with no affiliation: the capital stands for the government (a metonym).
# `mk.detect_sources(corpus, affiliations=table)` takes your own rows (columns `name`,
# `affiliation`, optionally `aliases`, `role`...); they are added to the bundled table. Add rows for
# "Moscow", "Kyiv" (alias "Kiev") and "Washington", and list the sources of the corpus whose
# affiliation changes. Is treating a capital as its government always right?

# %% tags=["solution"]
capitals = pd.DataFrame(
    {
        "name": ["Moscow", "Kyiv", "Washington"],
        "aliases": ["", "Kiev", ""],
        "affiliation": ["Russian government", "Ukrainian government", "US government"],
        "role": ["the capital, standing for the government"] * 3,
    }
)
with_capitals = mk.detect_sources(corpus, affiliations=capitals)
compared = sources.merge(
    with_capitals[["doc_id", "start", "end", "affiliation"]], on=["doc_id", "start", "end"], suffixes=("", "_new")
)
changed = compared[compared["affiliation"] != compared["affiliation_new"]]
changed[["doc_id", "text", "speaker", "affiliation", "affiliation_new"]]

# %% [markdown] tags=["solution"]
# "Moscow" (seed and rewrites), "Kyiv"/"Kiev" and "Ukraine’s foreign ministry in Kyiv" now have a
# government affiliation. Usually right for statements ("Moscow has indicated"), but a capital
# can also mean the city itself (its mayor, its residents): an analyst who adds such rows should
# say so in the method, and read the hits.

# %% [markdown]
# ## 6. A controlled experiment: the same article with other hedges and verbs
#
# The corpus includes `rewrite-hedging-verbs`: the seed with the same facts, the same order and the
# same quotations, in which **only** the hedges and reporting verbs were changed ("reportedly"
# dropped or replaced by attribution to Bloomberg; "Sources indicate" → "Bloomberg reported";
# "hinted", "indicated", "stated" → "said"; "unlikely" → "unrealistic at this stage"). Because
# nothing else changed, any difference in the measures comes from those choices. This is the point
# of a controlled rewrite: it tests whether a measure reacts to the thing it claims to measure.
# (Notebook 05 runs the same experiment with all three rewrites.)
#
# The rewrite was made from the seed. If you changed `ARTICLE`, the cells below set your article
# next to the rewrite instead, which is no longer a controlled comparison; and a corpus without the
# rewrite skips them.

# %%
REWRITE = "rewrite-hedging-verbs"
has_rewrite = REWRITE in set(corpus["doc_id"]) and REWRITE != ARTICLE
if has_rewrite:
    pair = [ARTICLE, REWRITE]
    two = pd.concat([hedges[hedges["doc_id"] == d] for d in pair])
    print("Hedges and boosters by kind:")
    print(pd.crosstab(two["detail"].replace("", "(booster)"), two["doc_id"]).reindex(columns=pair, fill_value=0))
    verbs = sources[sources["doc_id"].isin(pair) & (sources["verb_type"] != "")]
    print("\nReporting verbs by type:")
    print(pd.crosstab(verbs["verb_type"], verbs["doc_id"]).reindex(columns=pair, fill_value=0))
else:
    print(f"Nothing to compare: the corpus has no {REWRITE!r}, or it is the article itself.")

# %% [markdown]
# On the seed and its rewrite: the hedges drop from eight to three (the three "reportedly" and
# "Sources" go; "unlikely" becomes "unrealistic at this stage"; the three anonymous sources of
# the plan stay, because they are part of the facts), and the four `speculative` verbs become
# `neutral`. The rewrite also gains attributions where the seed had none: "Bloomberg reported" and
# "the report said" where the seed wrote "reportedly", and "Russia says" for the date of the energy
# moratorium. Side by side, with the hedges and attributions highlighted:

# %%
if has_rewrite:
    comparison = mk.side_by_side(
        corpus, corpus, hedges, sources, doc_ids=(ARTICLE, REWRITE), labels=["hedge", "booster", "attribution"]
    )
    display(comparison)  # display() shows an object in the middle of a cell or inside an if

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Which hedge words are in your article but not in the rewrite? Python's `set` keeps
# each value once, and `a - b` gives the values of `a` that are not in `b`.

# %% tags=["solution"]
if has_rewrite:
    in_article = set(hedges.loc[hedges["doc_id"] == ARTICLE, "text"])
    in_rewrite = set(hedges.loc[hedges["doc_id"] == REWRITE, "text"])
    print("only in", ARTICLE, ":", in_article - in_rewrite)
    print("only in", REWRITE, ":", in_rewrite - in_article)

# %% [markdown]
# **Core.** List the reporting verbs of both texts next to each other, speaker by speaker: keep
# `doc_id`, `speaker`, `verb` and `verb_type` for both articles and sort by `speaker`. Which
# speakers got a different verb?

# %% tags=["solution"]
if has_rewrite:
    both_verbs = sources[sources["doc_id"].isin([ARTICLE, REWRITE]) & (sources["verb"] != "")]
    print(both_verbs.sort_values(["speaker", "doc_id"])[["speaker", "doc_id", "verb", "verb_type"]].to_string())

# %% [markdown] tags=["solution"]
# For the seed: Rubio goes from "hinted" to "said" (twice), "Sources indicate" becomes "Bloomberg
# reported", Moscow goes from "indicated" to "said", Nebenzia from "stated" to "said" (and the
# diplomat's "pointed to" becomes "said"); "Russia says" is new. The quotations themselves, and so
# the quote shares, are the same in both texts.

# %% [markdown]
# **Stretch.** Read the two headlines and leads (the highlight above). The rewrite dropped
# "Reportedly" from the headline but kept "unnamed European officials", "One official" and "The
# source". Does the rewrite claim more than the seed, less, or the same? Why could it not remove
# the three anonymous sources? Write your answer in the cell below.

# %% [markdown] tags=["solution"]
# Same claims, different commitment: the rewrite attributes the plan to Bloomberg by name instead
# of hedging it with "reportedly", so it does not claim more; it says more clearly *who* claims it.
# The anonymous sources are part of what happened (Bloomberg cited unnamed officials); removing
# them would change the facts, which a controlled rewrite must not do.

# %% [markdown]
# ## Discussion questions
#
# 1. The seed hedges heavily and relies on unnamed sources for its central claim. Is that careful
#    reporting of an unconfirmed story, or a way to spread it without standing behind it? What
#    would you look for to decide?
# 2. "Said" is called neutral. Is any reporting verb truly neutral? When is "claimed" the more
#    accurate verb?
# 3. In the seed, the Russian envoy gets about two thirds of the quoted words and no Ukrainian or
#    European speaker is quoted. What other explanations than a framing choice could there be
#    (what was said that day, what the source report contained)?
# 4. The controlled rewrite shows that the measures react to hedges and verbs. What can such a
#    rewrite **not** show about real outlets?
# 5. A hedge inside a quotation is the speaker's; a distancing verb around it is the reporter's.
#    Which of the two should weigh more in a study of an outlet's framing?
#
# ## References
#
# - Bell, A. (1991). *The Language of News Media*. Oxford: Blackwell.
# - Caldas-Coulthard, C. R. (1994). On reporting reporting: the representation of speech in factual and
#   factional narratives. In M. Coulthard (ed.), *Advances in Written Text Analysis*. London: Routledge.
# - Farkas, R., Vincze, V., Móra, G., Csirik, J. & Szarvas, G. (2010). The CoNLL-2010 shared task:
#   learning to detect hedges and their scope in natural language text. *CoNLL 2010*.
# - Hyland, K. (1998). *Hedging in Scientific Research Articles*. Amsterdam: John Benjamins.
# - Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. London: Continuum.
# - Prokofieva, A. & Hirschberg, J. (2014). Hedging and speaker commitment. *5th International Workshop
#   on Emotion, Social Signals, Sentiment & Linked Open Data (LREC 2014)*.
# - Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and
#   detecting biased language. *ACL 2013*.
# - The project's documentation: `docs/annotation-guide.md` (sections 5 and 6), `docs/detectors.md`,
#   `docs/sourcing.md`, `data/README.md` (the controlled rewrites).
#
# **[Next: 05-comparing-coverage](05-comparing-coverage.ipynb)**: the controlled rewrites as an experiment,
# all articles side by side, and keyness.
