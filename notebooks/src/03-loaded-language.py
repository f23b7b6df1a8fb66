# %% [markdown]
# # 03 · Loaded language: the words an article chooses
#
# Two reports of the same event can use different words for it: "slammed" or "criticised",
# "Kiev" or "Kyiv", "reunification" or "annexation". This notebook is about those choices. We
# let a detector find them in the article, read why each one fired, separate the author's own
# words from the words of the people quoted, and look at contested place names across the
# corpus. Then we test the detector itself: what does a plain word list get wrong, and how do
# you add a word of your own?
#
# | | |
# |---|---|
# | **Goals** | name the four kinds of [loaded language](../docs/glossary.md#loaded-language) and give an example of each; run `mk.detect_loaded` and read every column of its table; read a highlighted article and its accessible table; tell the author's voice from quoted speech; describe contested naming (Kiev/Kyiv and others) without turning it into a verdict; see why word lists need context rules; extend the lexicon with your own entry |
# | **Prerequisites** | notebooks 00 (Python and pandas primer) and 01 (sentences, quotes and who is quoted); 02 is useful but not needed |
# | **Time** | about 75 minutes (45 without the stretch exercises) |
# | **Data** | the bundled corpus: the seed article (a report on a US peace proposal for Russia and Ukraine, April 2025, publisher unknown) and eight comparison texts written for teaching (`kind: constructed`); see `data/README.md` |
# | **Level** | beginner (warm-up and core exercises); intermediate (stretch exercises) |
# | **Libraries** | mediakit, pandas |
# | **Glossary** | Terms in links are defined in the [course glossary](../docs/glossary.md) |
#
# The full definitions this notebook follows are in the annotation guide
# (`docs/annotation-guide.md`, sections 3 and 4) and in `docs/detectors.md`.

# %% [markdown]
# ## Parameters
#
# The next cell says which article the notebook is about. Leave it as it is to study the seed;
# change `ARTICLE` to any other `doc_id` (for example `"constructed-wire"`) and run the whole
# notebook again (*Run > Run All Cells*): every cell below works for any article.

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# We import mediakit (as `mk`) and pandas (as `pd`), load the corpus (one row per article) and
# keep the row of our article in `article`. `corpus[corpus["doc_id"] == ARTICLE]` keeps the rows
# whose `doc_id` equals `ARTICLE`, as in notebook 00. The `pd.set_option` line lets table cells
# show up to 90 characters, so the reasons are readable.

# %%
import pandas as pd

import mediakit as mk

pd.set_option("display.max_colwidth", 90)

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of {sorted(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]
print(article["title"].iloc[0])
print("kind:", article["kind"].iloc[0], "| outlet:", article["outlet"].iloc[0])
print(len(corpus), "articles in the corpus")

# %% [markdown]
# ## 1. What counts as loaded language
#
# Loaded language is wording chosen for its emotional or evaluative force where a neutral word
# was available. Recasens et al. (2013) call it *framing bias*: subjective words that take a side
# (their examples come from Wikipedia edits that replaced them with neutral ones). Da San Martino
# et al. (2019) list *Loaded Language* and *Name Calling, Labeling* among the propaganda
# techniques in news. Entman (1993) reminds us why it matters: framing works through the words a
# text selects. mediakit uses four labels for it and a fifth for contested names:
#
# | label | what | example |
# |---|---|---|
# | [`emotive`](../docs/glossary.md#emotive) | emotive, intensifying or evaluative wording where a plain word was available | *devastating*, *brutal*, *slammed* (for "criticised"), *sham* vote |
# | [`name_calling`](../docs/glossary.md#name-calling) | a pejorative label for a person, group, government or army | *Kiev regime*, *Putin's regime*, *junta*, *orcs*, *thugs* |
# | [`euphemism`](../docs/glossary.md#euphemism) | a soft expression for something harsh | *special military operation*, *neutralised* (killed), *workforce optimisation* (job cuts) |
# | [`scare_quote`](../docs/glossary.md#scare-quote) | the writer keeps a distance from a term | the *so-called* "referendum"; the company's *‘voluntary’* scheme |
# | [`naming`](../docs/glossary.md#contested-naming) | one side of a contested naming pair, recorded descriptively | *Kiev* / *Kyiv*, *reunification* / *annexation* (section 5) |
#
# The test the annotation guide (section 3.1) gives: *would a careful wire reporter describing
# the same fact choose a plainer word?* If yes, and the chosen word adds emotional or moral
# intensity, it is loaded. The guide is even-handed on purpose: "Kiev regime" and "Putin's regime"
# are both name-calling.
#
# Let us try the detector on a few sentences written for this lesson (they come from the
# annotation guide, not from the corpus). `mk.detect_loaded` accepts a plain string, an article or
# a whole corpus, and returns a table with one row per hit. The double brackets
# `[["text", "label", ...]]` choose which columns to show.

# %%
examples = (
    "Residents described a devastating night as the river burst its banks. "
    "The senator slammed the proposal. "
    "State television blamed the Kiev regime for the shelling. "
    "Volunteers said the occupiers had mined the road. "
    "Officials said two militants were neutralised overnight. "
    "The bank called the job cuts a workforce optimisation. "
    "Turnout in the so-called “referendum” was announced within hours."
)
mk.detect_loaded(examples)[["text", "label", "detail", "reason"]]

# %% [markdown]
# Every hit says **why** it fired (`reason`). Notice that "Kiev regime" gives two hits: the
# label `name_calling` for the phrase, and `naming` for the spelling "Kiev" inside it. Labels may
# overlap because they answer different questions.
#
# ### Your turn
#
# **Warm-up.** Write a sentence of your own with one emotive word and one euphemism (ideas:
# *horrific*, *catastrophic*, *collateral damage*, *were let go* for were dismissed) and run the
# detector on it. Did it find both?

# %% tags=["solution"]
mine = "The horrific storm caused catastrophic flooding, and forty workers were let go."
mk.detect_loaded(mine)[["text", "label", "detail", "reason"]]

# %% [markdown]
# **Core.** Run the detector on *"Russian forces liberated the village, the ministry said."*
# Which label does "liberated" get, and why would the annotation guide (section 3.3) call it
# that? The guide does **not** label historical uses. Try *"The museum marked the liberation of
# Paris in 1944."* and *"Allied troops liberated the city in August 1944."*: does the detector
# agree with the guide on both? (Hint: `print(...)` shows several results from one cell.)

# %% tags=["solution"]
for sentence in [
    "Russian forces liberated the village, the ministry said.",
    "The museum marked the liberation of Paris in 1944.",
    "Allied troops liberated the city in August 1944.",
]:
    print(sentence, "->", mk.detect_loaded(sentence)[["text", "label"]].values.tolist())

# %% [markdown] tags=["solution"]
# "liberated" is a `euphemism` in the first sentence: a party at war calls the capture of a town a
# liberation, which softens the fighting. The second sentence gets nothing, as the guide wants: the
# entry only fires with war words nearby ("forces", "troops", "village"...) and not just before a
# year. The third is flagged although it is historical: "troops" is nearby and "1944" is four words
# away, beyond the three words the rule looks at. A false positive: a hit is a reason to read the
# sentence, never a verdict.

# %% [markdown]
# **Stretch.** Find a sentence in a newspaper or website you read this week that you think is
# loaded, paste it into a string and run the detector. If it finds nothing, which label would you
# give the wording, and what plainer word could a wire reporter have used?

# %% tags=["solution"]
# Any sentence works; this one is made up for the answer key.
found = mk.detect_loaded("The minister's shambolic response left thousands stranded in the chaos.")
found[["text", "label", "reason"]]

# %% [markdown]
# ## 2. The detector on the article: what each column means
#
# We now run the detector on the **whole corpus** once and keep the result in `loaded`; every
# later cell reuses it. Then we keep the rows of our article.

# %%
loaded = mk.detect_loaded(corpus)
hits = loaded[loaded["doc_id"] == ARTICLE]
print(len(hits), "hits in", ARTICLE)
hits[["text", "label", "detail", "section", "in_quote", "speaker", "entry"]]

# %% [markdown]
# Each row is one **hit**: a stretch of the article that matches an entry of the lexicon (the word
# list, with its rules, in `mediakit/lexicons/loaded.csv`). The columns:
#
# | column | meaning |
# |---|---|
# | `doc_id` | which article |
# | `start`, `end` | where the hit is: character positions in the article text (`text == article_text[start:end]`) |
# | `text` | the words as they appear in the article |
# | `label`, `detail` | what kind of hit (the five labels above) and a sub-type (e.g. `kyiv_kiev`, `territories`) |
# | `sentence`, `section` | which sentence (counting from 0) and which part: `headline`, `lead` (first paragraph) or `body` |
# | `in_quote`, `speaker` | whether the hit is inside someone's quoted words, and whose (section 4) |
# | `reason` | why it fired, in one line |
# | `reference` | the published source behind the lexicon entry |
# | `entry` | the id of the lexicon entry that fired, so you can look it up, audit it or switch it off |
# | `used_by` | who is documented as using this wording: `russian_state`, `ukrainian`, `western`, `general` |
# | `counterparts` | for `naming` hits: the other variants of the pair |
#
# **On the seed**, every hit is a `naming` hit: five "Kiev" and three ways of calling occupied
# land "former Ukrainian" ("Former Ukrainian Lands", "former Ukrainian territories", "territories
# formerly under Ukrainian control"). There is no emotive word and no name-calling that the
# lexicon knows. That is a finding too, and a limit: the lexicon has about a hundred entries and
# finds only the wordings it knows.
#
# `value_counts()` counts how often each value occurs in a column. Here: hits per label.

# %%
hits["label"].value_counts()

# %% [markdown]
# To see the `reason` and `reference` of each entry once (not once per hit), we drop repeated
# entries with `drop_duplicates("entry")`:

# %%
hits.drop_duplicates("entry")[["entry", "text", "reason", "reference"]]

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Which **section** of the article (headline, lead, body) holds the most hits? A
# loaded word in a headline reaches every reader, one in the last paragraph far fewer.

# %% tags=["solution"]
hits["section"].value_counts()

# %% [markdown]
# **Core.** Show the full text of the sentence each hit is in. `mk.sentences(text)` splits a text
# into sentences (a list; each item has `.text`), and the `sentence` column says which one. Hint:
# use a `for` loop over `zip(hits["text"], hits["sentence"])`, which walks through two columns side by
# side.

# %% tags=["solution"]
article_text = article["text"].iloc[0]
article_sentences = mk.sentences(article_text)
for word, number in zip(hits["text"], hits["sentence"]):
    print(f"[{word}]  {article_sentences[number].text}\n")

# %% [markdown]
# **Stretch.** `mk.kwic(corpus, "Kiev")` (key word in context) lists every occurrence of a word
# in the corpus with the words around it, whether or not the detector flagged it. Compare the
# number of rows with the number of `naming` hits for "Kiev" in `loaded`. Do they agree? When
# could they differ? (Think of "chicken Kiev".)

# %% tags=["solution"]
in_context = mk.kwic(corpus, "Kiev")
flagged = loaded[(loaded["label"] == "naming") & (loaded["text"].str.lower() == "kiev")]
print(len(in_context), "occurrences of 'Kiev';", len(flagged), "flagged as naming")
in_context[["doc_id", "left", "match", "right"]].head(10)

# %% [markdown] tags=["solution"]
# In the bundled corpus the two numbers agree: every "Kiev" is the city. They would differ in a
# text about food ("chicken Kiev") or history ("Kievan Rus"): `kwic` finds every occurrence of the
# letters, the detector skips those uses because of its context rules (section 6).

# %% [markdown]
# ## 3. The highlighted article, and its accessible table
#
# Tables are precise but hard to read against the text. `mk.highlight(article, loaded)` shows the
# article with every hit marked. Only the rows of `loaded` that belong to this article are used.
#
# How to read it:
# - the **caption** names the article; a text written for teaching is marked `[constructed: ...]`;
# - the **legend** shows each label with its colour, its underline style and its number of hits;
# - each **hit** has a coloured background and an underline. Colours come from the Okabe & Ito
#   palette, which stays distinguishable for the common colour-vision deficiencies, and each label
#   also has its own line style, so meaning never rests on colour alone;
# - **hover** over a hit to see its label, reason and lexicon entry.

# %%
highlighted = mk.highlight(article, loaded)
highlighted

# %% [markdown]
# Not everyone can see colours or hover with a mouse: a screen reader reads a table, not a
# highlight. `to_table()` gives the same hits as a table, in text order, numbered as in the
# highlight (the `hit` column). It is also the version to save or share.

# %%
highlighted.to_table()[["text", "label", "detail", "reason"]]

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Highlight only the `naming` hits. `mk.highlight` takes `labels=[...]`; the
# legend then lists those labels, with 0 for a label that has no hit.

# %% tags=["solution"]
mk.highlight(article, loaded, labels=["naming"])

# %% [markdown]
# **Core.** Highlight the article of the corpus (other than yours) with the most loaded-language
# hits. Hint: `loaded["doc_id"].value_counts()` counts hits per article, most first; `.index[0]`
# is the first id. `mk.highlight(corpus, loaded, doc_id=...)` picks an article out of the corpus.

# %% tags=["solution"]
others = loaded[loaded["doc_id"] != ARTICLE]
if others.empty:
    print("No other article has any hit.")
    busiest = None
else:
    busiest = others["doc_id"].value_counts().index[0]
    print("most hits:", busiest)
mk.highlight(corpus, loaded, doc_id=busiest) if busiest else None

# %% [markdown]
# **Stretch.** `mk.side_by_side(corpus, corpus, loaded, doc_ids=(ARTICLE, other))` shows two
# articles next to each other with one legend (counts read `left | right`). Put your article next to
# the one you found in the core exercise. Which labels appear on one side only? Remember that the
# comparison texts are constructed: their differences were written in to teach the method.

# %% tags=["solution"]
if busiest:
    pair = mk.side_by_side(corpus, corpus, loaded, doc_ids=(ARTICLE, busiest))
    print(pair.to_table()[["doc_id", "label"]].value_counts().sort_index())
    display(pair)  # display() shows an object in the middle of a cell

# %% [markdown]
# ## 4. The author's voice and quoted speech
#
# A loaded word inside a quotation is the speaker's choice, not the writer's. If a volunteer is
# quoted saying "orcs", the word counts for the volunteer; the outlet's choice is to quote them
# (which is also worth noticing, but a different question). The annotation guide (section 1)
# labels the word wherever it is, and mediakit records where it is:
#
# - `in_quote` is `True` when the hit lies inside a quotation judged to be **speech**, and
#   `speaker` says who is quoted (notebook 01 showed how speakers are found);
# - everything else is the **[author's voice](../docs/glossary.md#authors-voice)**, including
#   scare quotes: quotation marks that nobody is quoted as saying are the writer's own distancing.
#
# How many hits of the whole corpus are inside quotations? `loaded["in_quote"]` is a column of
# True/False values, and `.sum()` counts the True ones:

# %%
print(loaded["in_quote"].sum(), "of", len(loaded), "hits are inside quotations")

# %% [markdown]
# In the bundled corpus, none: every loaded word is in the author's voice. So here are four
# sentences written to show the difference:

# %%
voices = (
    "Okafor called the plan “reckless”. "
    "“The orcs mined the road,” a volunteer said. "
    "The so-called “reform” was passed on Friday. "
    "The minister slammed the brutal attack."
)
mk.detect_loaded(voices)[["text", "label", "in_quote", "speaker"]]

# %% [markdown]
# "reckless" and "orcs" count for Okafor and the volunteer. "so-called", “reform”, "slammed" and
# "brutal" are the writer's own.
#
# To compare articles of different lengths we count **hits per 1,000 words**, a
# [rate](../docs/glossary.md#rate). `mk.summarize(hits, corpus)` gives it three times: over all words
# (`rate`), over the words in the author's voice (`rate_author`) and over the words inside
# quotations (`rate_quoted`); the `words_*` columns are the denominators (`docs/codebook.md`).
# We pass the five labels explicitly so that a label with no hit still gets a row with 0.

# %%
LOADED_LABELS = ["emotive", "name_calling", "euphemism", "scare_quote", "naming"]
rates = mk.summarize(loaded, corpus, labels=LOADED_LABELS)
rates[rates["doc_id"] == ARTICLE][
    ["label", "hits", "hits_author", "hits_quoted", "words_author", "words_quoted", "rate_author", "rate_quoted"]
].round(1)

# %% [markdown]
# On the seed, all hits are in the author's voice: 8 naming hits in 290 words of the author's own,
# about 28 per 1,000 words, and none in the 104 quoted words. A rate is an **indicator** of a
# wording choice, not a bias score: it says how dense a device is, not what the writer meant.
# `rate_quoted` is empty (NaN, "not a number") for an article without quotations, because
# there is nothing to divide by.
#
# ### Your turn
#
# **Warm-up.** What share of your article's words are quoted speech? Use `words_quoted` and
# `words` from `rates` (any row of your article will do: the word counts are the same on every row).

# %% tags=["solution"]
row = rates[rates["doc_id"] == ARTICLE].iloc[0]
print(f"{row['words_quoted']} of {row['words']} words are quoted: {row['words_quoted'] / row['words']:.0%}")

# %% [markdown]
# **Core.** Write a short text in which a named person is quoted using a pejorative label (for
# example "thugs" or "puppets") and the writer uses an emotive word in their own voice. Check
# `in_quote` and `speaker`. Then move the label out of the quotation ("X said the protesters were
# thugs") and run it again: what changes, and why does that matter for a rate in the author's voice?

# %% tags=["solution"]
quoted = "“These thugs will not stop us,” Okafor said after the shocking attack."
reported = "Okafor said the thugs would not stop them after the shocking attack."
print(mk.detect_loaded(quoted)[["text", "label", "in_quote", "speaker"]], "\n")
print(mk.detect_loaded(reported)[["text", "label", "in_quote", "speaker"]])

# %% [markdown] tags=["solution"]
# In the first text "thugs" is inside Okafor's quotation: `in_quote` is True and the speaker is
# Okafor. In the second, the same word is in indirect speech, outside quotation marks, so it is
# counted in the author's voice: the reporter chose to repeat the label without marking it as
# Okafor's words. The rate in the author's voice goes up although the meaning is almost the same,
# which is why reporting both rates, and reading the sentences, matters.

# %% [markdown]
# **Stretch.** `mk.plot.rates(rates, corpus=corpus, labels=[...], voice="author")` draws the rates
# in the author's voice for every article. Draw it for `name_calling` and `naming`. Which articles
# stand out, and what can (and can't) you conclude from constructed texts?

# %% tags=["solution"]
ax = mk.plot.rates(rates, corpus=corpus, labels=["name_calling", "naming"], voice="author")

# %% [markdown] tags=["solution"]
# In the bundled corpus the Russian-state and Ukrainian constructed texts have the densest naming
# and the only name-calling. They were **written** that way to teach the method, so the figure
# shows that the measure reacts to those choices; it says nothing about how real Russian or
# Ukrainian outlets write. That needs real coverage (notebook 07).

# %% [markdown]
# ## 5. Contested naming: Kiev or Kyiv?
#
# Some names come in pairs, and which one an outlet uses is a choice readers notice. The detector
# records **both** members of every pair, whichever side uses them
# ([contested naming](../docs/glossary.md#contested-naming); annotation guide section 4):
#
# | pair (`detail`) | variants |
# |---|---|
# | `kyiv_kiev` | Kyiv (from Ukrainian) / Kiev (from Russian) |
# | `luhansk_lugansk`, `donbas_donbass`, `zaporizhzhia_zaporozhye` | the first spelling transliterated from Ukrainian, the second from Russian |
# | `territories` | "occupied territories", "temporarily occupied territories" (Ukrainian official usage) / "new regions" (Russian state media) / "former Ukrainian territories" (RT-style wording) |
# | `crimea_status` | "annexation" (Ukraine and most states; UN General Assembly resolution 68/262, 2014) / "reunification" (Russia's official term) |
#
# When did English-language style change? The dates, from `docs/events.md`:
#
# | when | what |
# |---|---|
# | October 2018 | Ukraine's foreign ministry starts the #KyivNotKiev campaign |
# | June 2019 | the US Board on Geographic Names adopts "Kyiv" |
# | 14 August 2019 | the AP Stylebook switches to "Kyiv" (keeping "chicken Kiev" and "Kievan Rus") |
# | 14 October 2019 | the BBC switches to "Kyiv" |
# | 2019 | the Guardian switches to "Kyiv" |
#
# Russian state media write "Kiev". Older English texts, and some writers still, use "Kiev" too;
# the lexicon lists its `used_by` as `russian_state|western`. So a variant is
# evidence of a **choice**, to be reported descriptively, **not a verdict** on the writer's side:
# one spelling does not tell you who wrote a text or why.
#
# `mk.naming(corpus, hits=loaded)` counts, for each article and each pair it uses, how often each
# variant appears and its `share` of the pair (we pass `hits=loaded` so it reuses our table).

# %%
names = mk.naming(corpus, hits=loaded)
article_names = names[names["doc_id"] == ARTICLE]
if article_names.empty:
    print(ARTICLE, "uses none of the contested naming pairs.")
article_names[["pair", "variant", "count", "share", "used_by"]]

# %% [markdown]
# On the seed: "Kiev" five times and "Kyiv" never, in an article published in April 2025, more
# than five years after the major English style guides switched; and three "former Ukrainian"
# wordings for the occupied land, none of the other variants. These are cues worth weighing with
# the others in notebook 01 (spelling, sourcing), not proof of who published it.
#
# `mk.plot.naming` draws one bar per article and pair. Each bar is split by the variants' shares,
# and the label on the left spells out the counts, so the figure reads without colour. Here is the
# Kiev/Kyiv pair across the corpus:

# %%
kyiv_kiev = names[names["pair"] == "kyiv_kiev"]
if kyiv_kiev.empty:
    print("No article in the corpus uses Kiev or Kyiv.")
else:
    ax = mk.plot.naming(kyiv_kiev, corpus=corpus)

# %% [markdown]
# Read the labels: the seed, the rewrite that keeps the seed's naming (`rewrite-hedging-verbs`)
# and the constructed Russian-state text use "Kiev"; every other text uses "Kyiv". The
# comparison texts were written to follow documented conventions, so this shows that the
# measure works, not how real outlets behave.
#
# ### Your turn
#
# **Warm-up.** Draw `mk.plot.naming` for all the pairs your article uses (`article_names`).

# %% tags=["solution"]
if article_names.empty:
    print(ARTICLE, "uses none of the naming pairs.")
else:
    ax = mk.plot.naming(article_names, corpus=corpus)

# %% [markdown]
# **Core.** Which articles use at least one variant that the lexicon lists as used by
# `russian_state`? Use `loaded`: keep the `naming` hits whose `used_by` contains `russian_state`
# (`.str.contains("russian_state")`), then count them per article. Then look at *which* variants
# they are: why would counting them all together mislead?

# %% tags=["solution"]
naming_hits = loaded[loaded["label"] == "naming"]
russian_side = naming_hits[naming_hits["used_by"].str.contains("russian_state")]
print(russian_side.groupby("doc_id")["text"].value_counts())

# %% [markdown] tags=["solution"]
# `groupby("doc_id")` splits the table by article before counting. The Russian-state
# constructed text uses many Russian-derived variants (Kiev, Lugansk, Donbass, Zaporozhye, "new
# regions", "reunification"); the seed and `rewrite-hedging-verbs` use "Kiev" and the "former
# Ukrainian" wordings. But "Kiev" is also listed as `western` (older and some current English
# usage), so lumping all these hits into one "Russian-side" count would treat a spelling habit
# like an official term. Keep the pairs apart and report them descriptively.

# %% [markdown]
# **Stretch.** Mentions count: the annotation guide records a variant even when a text talks
# *about* the name. Run the detector on *"Kiev or Kyiv? The editor said the spelling Kiev is
# outdated."* and on *"The canteen served chicken Kiev."* Explain the difference in the results,
# and decide whether a study of naming choices should count the first kind of hit.

# %% tags=["solution"]
print(mk.detect_loaded("Kiev or Kyiv? The editor said the spelling Kiev is outdated.")[["text", "label"]])
print(mk.detect_loaded("The canteen served chicken Kiev.")[["text", "label"]])

# %% [markdown] tags=["solution"]
# The first text gets three `naming` hits: mentions are recorded, because the label records that a
# form appears. The dish gets none: "chicken Kiev" is an exception in every style guide, and the
# lexicon entry has a rule for it. A study of naming *choices* might drop metalinguistic mentions
# after reading them, and should say so in its method.

# %% [markdown]
# ## 6. Context rules: why word lists fail
#
# A plain list of words flags "chicken Kiev", a "tax regime" and "farmers slaughtered the
# livestock". The lexicon therefore stores **context rules** with its entries (the columns
# `not_after`, `not_before`, `requires_after`, `requires_before`, `requires_near`, `window`; see
# `mediakit/lexicons/README.md`), for example "Kiev" does not fire right after "chicken", and
# "regime" does not fire after "tax", "training", "visa" and many more.
#
# `mk.Lexicon.load("loaded")` is the real lexicon; `.without_context()` is the same entries with
# every rule removed: a plain word list. A small function compares the two on a list of
# sentences. `def` defines a function: a named recipe we can run again with other sentences
# (`rules=lexicon` means "use `lexicon` unless told otherwise"). `describe` writes the hits of a
# table as one string; `compare_rules` runs the detector on each sentence with a `for` loop and
# collects one row per sentence.

# %%
lexicon = mk.Lexicon.load("loaded")
word_list = lexicon.without_context()


def describe(found):
    """The hits of a table as one string, e.g. 'Kiev (naming), Kiev regime (name_calling)'."""
    return ", ".join(f"{text} ({label})" for text, label in zip(found["text"], found["label"])) or "-"


def compare_rules(sentences, rules=lexicon, detector=mk.detect_loaded):
    """For each sentence: what a plain word list finds, and what the lexicon with context rules finds."""
    plain_list = rules.without_context()
    rows = []
    for sentence in sentences:
        plain = detector(sentence, lexicon=plain_list)
        ruled = detector(sentence, lexicon=rules)
        rows.append(
            {
                "sentence": sentence,
                "word list": describe(plain),
                "with context rules": describe(ruled),
            }
        )
    return pd.DataFrame(rows)


compare_rules(
    [
        "The canteen served chicken Kiev on Fridays.",
        "The new tax regime takes effect in April.",
        "Farmers slaughtered the livestock after the outbreak.",
        "Astronomers found a planet in the so-called habitable zone.",
        "Civilians were slaughtered in the village.",
        "State television blamed the Kiev regime for the shelling.",
    ]
)

# %% [markdown]
# The first four are **false positives** of the word list, and the rules remove them; the last two
# are real hits, and the rules keep them. Here are the rules behind three of these entries
# (`.set_index("id").loc[[...]]` picks rows by their id; the lists of context words are long, so we
# show their beginning):

# %%
rules = lexicon.entries.set_index("id").loc[
    ["nm-kiev", "nc-regime", "emo-slaughter"], ["pattern", "not_after", "not_before", "window"]
]
rules.apply(lambda column: column.str.slice(0, 60))

# %% [markdown]
# (`apply` runs a small function on every column; `lambda column: ...` is a function written in
# one line; `.str.slice(0, 60)` keeps the first 60 characters.) `window` says how many words
# before or after the cue the rule looks at: for "slaughter", three.
#
# Rules are not free: every rule that removes a false positive can also remove a true hit. How
# much the rules gain overall, measured on annotated sentences the rules were not written on, is
# in `docs/evaluation.md`.
#
# ### Your turn
#
# **Warm-up.** Use `compare_rules` on *"The abattoir slaughters 200 pigs a day."* and *"The team
# was slaughtered 5-0 by their rivals."* Which result is right, according to the annotation guide
# (section 3.1)? Look at the rule of `emo-slaughter` above to explain the second result.

# %% tags=["solution"]
compare_rules(["The abattoir slaughters 200 pigs a day.", "The team was slaughtered 5-0 by their rivals."])

# %% [markdown] tags=["solution"]
# The rules correctly drop the abattoir (literal slaughter). But they also drop "The team was
# slaughtered 5-0", which the guide calls `emotive` (figurative violence): the entry's `not_after`
# list contains "the", and "The" is within its window of three words before "slaughtered". The
# rule buys precision with recall: a **false negative**.

# %% [markdown]
# **Core.** Run the detector over the whole corpus with the plain word list and find the hits it
# adds to `loaded`. Read each one in its sentence: was the rule right to drop it? Hint: `merge`
# joins two tables on shared columns; with `indicator=True` its `_merge` column says
# `left_only` for rows found only in the first table.

# %% tags=["solution"]
plain_hits = mk.detect_loaded(corpus, lexicon=word_list)
both = plain_hits.merge(
    loaded[["doc_id", "start", "end", "label"]], on=["doc_id", "start", "end", "label"], how="left", indicator=True
)
extra = both[both["_merge"] == "left_only"]
print(len(plain_hits), "hits with the word list,", len(loaded), "with the rules")
for doc_id, start, end in zip(extra["doc_id"], extra["start"], extra["end"]):
    text = corpus.loc[corpus["doc_id"] == doc_id, "text"].iloc[0]
    print(f"{doc_id}: ...{text[max(start - 60, 0) : end + 30]}...")

# %% [markdown] tags=["solution"]
# In the bundled corpus the word list adds one hit: "illegally" in "Crimea, which Russia annexed
# illegally in 2014" (constructed European text). The rule for `illegal` requires the word to come
# *before* the act ("illegal annexation"), so the word order "annexed illegally" escapes it. By the
# annotation guide this is evaluative `emotive` use, so here the rule was wrong: a false negative.

# %% [markdown]
# **Stretch.** Write three sentences of your own that fool the **real** lexicon: one false positive
# (a hit that should not be there) and two false negatives (loaded wording it misses). Which kind
# was easier to find, and what does that tell you about reading a count of zero?

# %% tags=["solution"]
compare_rules(
    [
        "The film Brutal Winter opens on Friday.",  # false positive: a title (guide 3.1 excludes names)
        "Critics said the leadership was a bunch of gangsters.",  # 'gangsters' is not in the lexicon
        "Rescuers described the flood as a hellscape.",  # 'hellscape' is not in the lexicon
    ]
)

# %% [markdown] tags=["solution"]
# "Brutal" in a film title is flagged: the guide excludes established proper names, but the
# lexicon has no rule for titles. "gangsters" and "hellscape" are missed because they are not in the
# lexicon. False negatives are much easier to find: any loaded word the lexicon lacks will do. So a
# count of zero means "none of the known wordings", not "no loaded language". False positives take
# more effort because the common ambiguous words already have rules.

# %% [markdown]
# ## 7. Is the lexicon balanced?
#
# A lexicon that knew many Russian state wordings and few Ukrainian or Western ones would find
# more "loaded language" on one side just because it looks harder there. The curation policy
# (`mediakit/lexicons/README.md`) asks for the same care on every side, and `balance()` lets anyone
# audit it: the number of entries by side (`used_by`) and label.

# %%
lexicon.balance()

# %% [markdown]
# An entry used by several sides counts once for each, so the `total` column adds up to more than
# the number of entries (`len(lexicon)` gives it). Read the table with care: a side with more entries
# is not a side with more loaded language. The table shows how many distinct wordings the list knows
# for each side, which is what an auditor checks.
#
# ### Your turn
#
# **Warm-up.** How many entries does the lexicon have? List the `name_calling` entries used by
# `ukrainian` sources. Hint: `lexicon.restrict(labels=[...], used_by=[...])` returns a smaller
# lexicon; its `.entries` is a table.

# %% tags=["solution"]
print(len(lexicon), "entries")
lexicon.restrict(labels=["name_calling"], used_by=["ukrainian"]).entries[["id", "pattern", "reason"]]

# %% [markdown]
# **Core.** Find all name-calling in the corpus and count it by side. A hit's `used_by` may
# list several sides separated by `|`: `.str.split("|")` turns it into a list and `.explode(...)` gives
# each side its own row. Then `pd.crosstab(rows, columns)` counts the combinations.

# %% tags=["solution"]
calling = loaded[loaded["label"] == "name_calling"]
if calling.empty:
    print("No name-calling in the corpus.")
else:
    by_side = calling.assign(side=calling["used_by"].str.split("|")).explode("side")
    print(pd.crosstab(by_side["doc_id"], by_side["side"]))
    print(calling[["doc_id", "text", "entry", "used_by"]])

# %% [markdown] tags=["solution"]
# "Kiev regime" in the Russian-state text is matched by the entry `nc-name-regime` ("<name>
# regime"), which covers "Putin's regime" as well, so its `used_by` lists every side. `used_by`
# describes the **entry**, not the hit: to know which side a hit belongs to you must read it. The
# Ukrainian text's "occupiers" comes from an entry used only by Ukrainian outlets.

# %% [markdown]
# ## 8. Extending the lexicon
#
# You will meet loaded words the lexicon lacks. `lexicon.extend([...])` returns a **new** lexicon
# with your entries added (the bundled one is never changed). An entry is a Python dictionary
# (`{"key": value, ...}`) with at least `id`, `pattern`, `label`, `reason` and `reference`; the
# other columns are optional. `pattern` may list alternatives with `|`.

# %%
extended = lexicon.extend(
    [
        {
            "id": "my-hellscape",
            "pattern": "hellscape|hellscapes",
            "label": "emotive",
            "detail": "figurative",
            "reason": "dramatic word for a damaged place",
            "reference": "my class codebook, 2026",
            "used_by": "general",
        }
    ]
)
print(len(lexicon), "->", len(extended), "entries")
mk.detect_loaded("Rescuers described the flood as a hellscape.", lexicon=extended)[["text", "label", "entry"]]

# %% [markdown]
# Every hit table records which lexicon was used (its name, size and a SHA-256 fingerprint in
# `.attrs["mediakit"]`), so results can always be traced to the exact list.
#
# ### Your turn
#
# **Core.** Add an entry for "invaders" as `name_calling` (a label for an army rather than a
# description), with a context rule so that the video game *Space Invaders* is not flagged
# (`"not_after": "space"`). Test it on *"The invaders shelled the village again."* and *"He played
# Space Invaders all night."*

# %% tags=["solution"]
with_invaders = lexicon.extend(
    [
        {
            "id": "my-invaders",
            "pattern": "invader|invaders",
            "label": "name_calling",
            "detail": "pejorative",
            "reason": "labels an army as 'invaders' instead of naming it",
            "reference": "Da San Martino et al. 2019: Name_Calling,Labeling",
            "used_by": "ukrainian",
            "not_after": "space",
        }
    ]
)
for sentence in ["The invaders shelled the village again.", "He played Space Invaders all night."]:
    print(sentence, "->", mk.detect_loaded(sentence, lexicon=with_invaders)["text"].tolist())

# %% [markdown]
# **Stretch.** "liquidated" can be a euphemism for *killed* ("two commanders were liquidated") or a
# business term ("the firm was liquidated"). Write an entry with `not_before` (words that must not
# follow it, e.g. "assets", "positions") and `requires_near` (words that must occur within 8 words,
# e.g. "soldiers", "commanders", "saboteurs"). Test it on sentences you construct so that each rule is
# needed, and find one sentence where your entry still goes wrong.

# %% tags=["solution"]
with_liquidated = lexicon.extend(
    [
        {
            "id": "my-liquidated",
            "pattern": "liquidated|liquidate|liquidating|liquidation",
            "label": "euphemism",
            "detail": "killing",
            "reason": "'liquidated' for killed hides the violence",
            "reference": "Lutz 1989, Doublespeak",
            "used_by": "general",
            "not_before": "assets|positions|holdings|stock|debts",
            "window": "2",
            "requires_near": "soldiers|troops|fighters|militants|commanders|officers|saboteurs|mercenaries",
        }
    ]
)
compare_rules(
    [
        "Two commanders were liquidated in the strike.",  # hit
        "The army said it had liquidated a group of saboteurs.",  # hit
        "The firm was liquidated last year.",  # no people nearby: requires_near stops it
        "The militants liquidated their holdings.",  # not_before stops it
        "Officers said the company was liquidated in May.",  # still wrong: 'Officers' is near
    ],
    rules=with_liquidated,
)

# %% [markdown] tags=["solution"]
# `requires_near` stops "The firm was liquidated", `not_before` stops "liquidated their holdings".
# But "Officers said the company was liquidated" still fires: "Officers" is within 8 words. A
# `not_after` rule with "company|firm|bank" (and `window` 3) would fix this one; the next sentence
# will find the next gap. That is why entries are tested on annotated sentences before they join the
# lexicon (`docs/evaluation.md`).

# %% [markdown]
# ## Discussion questions
#
# 1. The seed uses "Kiev" and "former Ukrainian territories" but no emotive word the lexicon knows.
#    Does that make it neutral? What would you need to read, or count, to say more?
# 2. A Ukrainian outlet writes "occupiers", a Russian one "Kiev regime". The guide labels both
#    `name_calling`. Is that even-handed, or does it hide a difference between the two situations?
# 3. When an outlet quotes someone saying "orcs", the word counts for the speaker. When is choosing
#    to quote it a framing choice of the outlet's own?
# 4. Should a study of naming report "Kiev" in a 2025 article as a style choice, a political signal
#    or a clue to the publisher? What evidence would separate the three?
# 5. Context rules trade recall for precision. For a classroom exercise, which error would you
#    rather have, and for a published study?
#
# ## References
#
# - Da San Martino, G., Yu, S., Barrón-Cedeño, A., Petrov, R. & Nakov, P. (2019). Fine-grained analysis
#   of propaganda in news articles. *EMNLP-IJCNLP 2019*.
# - Entman, R. M. (1993). Framing: toward clarification of a fractured paradigm. *Journal of
#   Communication* 43(4), 51-58.
# - Lutz, W. (1989). *Doublespeak*. New York: Harper & Row.
# - Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and
#   detecting biased language. *ACL 2013*.
# - The project's documentation: `docs/annotation-guide.md` (sections 3 and 4), `docs/detectors.md`,
#   `docs/events.md` (the style-guide dates), `mediakit/lexicons/README.md` (format, curation, balance).
#
# **[Next: 04-hedging-and-sourcing](04-hedging-and-sourcing.ipynb)**: hedges and boosters, named and
# anonymous sources, reporting verbs, and whose words fill the article.
