# %% [markdown]
# # 00 · Start here: framing analysis, this course, and a Python primer
#
# What framing analysis is, what this toolkit can and cannot measure, how the notebooks work, what data the
# course uses, and just enough Python and pandas to follow the rest of the course.
#
# | | |
# |---|---|
# | **Goals** | Explain what a frame is (Entman 1993) and what a framing device is (Gamson & Modigliani 1989); tell a framing *indicator* from a frame; know the course data and why most of it is constructed; read and write the few lines of Python and pandas the course uses |
# | **Prerequisites** | None. No Python needed: this notebook teaches the little the course uses |
# | **Time** | About 60 minutes |
# | **Data** | The bundled corpus: the seed article (a report on a US peace proposal for Russia and Ukraine, April 2025, publisher unknown) and eight constructed comparison texts; the coverage manifest (links only) |
# | **Level** | Beginner |
# | **Glossary** | Terms in links are defined in the [course glossary](../docs/glossary.md) |
#
# **How to run a notebook.** Click a grey code cell and press **Shift+Enter**: the cell runs, its result
# appears below it, and the next cell is selected. Run the cells from top to bottom; a cell may use what an
# earlier cell made. If something looks wrong, use *Kernel → Restart Kernel and Run All Cells*.

# %% [markdown]
# ## Parameters
#
# The cell below says which article the notebook is about. Leave it as it is for the course. To run the
# whole notebook on another article, change `ARTICLE` to another `doc_id` (you will see the list below) and
# run everything again; `CORPUS_PATH` can point at a folder of your own articles (notebook 07).

# %% tags=["parameters"]
ARTICLE = "seed"  # doc_id of the article the course is about
CORPUS_PATH = None  # None = the bundled corpus; or a folder of article files

# %% [markdown]
# ## Setup
#
# The next cell loads the tools and the data. `import mediakit as mk` makes the toolkit available under the
# short name `mk`; `import pandas as pd` does the same for pandas, the table library. Section 5 explains
# every line of this kind; for now, just run it.

# %%
import mediakit as mk
import pandas as pd

pd.set_option("display.max_colwidth", 80)  # show at most 80 characters of a long text in a table

corpus = mk.load_example_corpus() if CORPUS_PATH is None else mk.load_corpus(CORPUS_PATH)
if ARTICLE not in set(corpus["doc_id"]):
    raise ValueError(f"ARTICLE = {ARTICLE!r} is not in the corpus; choose one of: {', '.join(corpus['doc_id'])}")
article = corpus[corpus["doc_id"] == ARTICLE]  # the article as a one-row table
text = article["text"].iloc[0]  # its text, as one long string
print(f"{len(corpus)} articles loaded; this notebook is about {ARTICLE!r}.")

# %% [markdown]
# ## 1. What framing analysis is
#
# Every news report chooses. Out of everything that happened, it picks some facts, puts some of them in the
# headline and leaves others out, names places and people in one way rather than another, and lets some
# voices speak. Robert Entman's much-cited definition puts these choices at the centre:
#
# > "To frame is to **select** some aspects of a perceived reality and make them more **salient** in a
# > communicating text, in such a way as to promote a particular **problem definition**, **causal
# > interpretation**, **moral evaluation**, and/or **treatment recommendation** [a remedy] for the item
# > described." (Entman 1993, p. 52)
#
# So a [frame](../docs/glossary.md#frame) does up to four jobs: it says what the problem is, what caused it,
# who is to praise or blame, and what should be done. It works through **selection** (what is in the text at
# all) and **salience** (what is repeated, put first, put in the headline, given vivid words).
#
# William Gamson and Andre Modigliani (1989) described how a frame shows up on the page. They speak of media
# *packages*: a central organising idea (the frame) together with the symbols that evoke it. The
# [framing devices](../docs/glossary.md#framing-device) of a package are **metaphors**, **exemplars**
# (historical examples), **catchphrases**, **depictions** (how actors are characterised) and **visual
# images**; its reasoning devices are **roots** (causes), **consequences** and **appeals to principle**.
# A single word such as "Kiev" or "Kyiv" is not a frame, but it can be one of the devices that evoke one.
#
# Here are the headline and the first paragraph (the [lead](../docs/glossary.md#lead)) of the article: the
# most salient places in any news text. (`mk.paragraphs` splits a text into paragraphs; notebook 01 explains
# it.)

# %%
paragraphs = mk.paragraphs(text)
for paragraph in paragraphs[:2]:
    print(paragraph.text)
    print()

# %% [markdown]
# ### Your turn
#
# These three are reading exercises: write your answers in the Markdown cells (double-click a cell to
# edit it, Shift+Enter to show it). The answers discuss the seed article; if you changed `ARTICLE`, compare
# the reasoning, not the details.
#
# **Warm-up.** Which aspects of the events does the headline *select*? Name two facts it makes salient and
# one fact about the events (from the lead or from what you know) that it leaves out.

# %% [markdown] tags=["solution"]
# *Possible answer (seed).* The headline selects the territorial part of the US plan ("Leave Former Ukrainian
# Lands Under Russian Control") and its source ("Bloomberg", "Reportedly"). It leaves out the other parts that
# the lead and body mention (easing sanctions, dropping Ukraine's NATO bid), that the plan was shared with
# European allies, and that the allies would not recognise the territories as Russian. Putting "Bloomberg:"
# first also makes the *source* salient: the outlet presents itself as relaying another report.

# %% [markdown]
# **Core.** Try Entman's four functions on the headline and lead. For each of problem definition, causal
# interpretation, moral evaluation and remedy, write what the text suggests, or "not in these two
# paragraphs" if nothing does. Which function is easiest to see, and which needs the whole article?

# %% [markdown] tags=["solution"]
# *Possible answer (seed).* **Problem definition:** how to end the fighting; the text presents it as a
# diplomatic question of a deal ("peace plan", "in exchange for"). **Remedy:** the US proposal itself (sanctions
# relief, no NATO membership, territory left under Russian control). **Causal interpretation:** not in these
# two paragraphs; later paragraphs suggest why a ceasefire is hard, largely in Moscow's terms ("past violations
# by Kiev", Nebenzia's words). **Moral evaluation:** no explicit praise or blame, but the phrase "former
# Ukrainian territories" treats the change of control as settled, which is an evaluation carried by a naming
# choice. The remedy is easiest to see; causes and evaluations are spread over the article and need a full
# reading, which is why the course looks at indicators across the whole text.

# %% [markdown]
# **Stretch.** Find one framing device in Gamson and Modigliani's sense in the article (print more
# paragraphs with `paragraphs[2:6]` in a code cell if you like): a metaphor, a catchphrase or a depiction of
# an actor. What idea does it evoke?

# %% [markdown] tags=["solution"]
# *Possible answer (seed).* **Metaphor:** the roadmap "would essentially freeze the conflict": a frozen
# conflict is a familiar image of a war stopped without a settlement. **Catchphrase:** Rubio's "move on",
# quoted twice, which becomes the memorable line of the story. **Depiction:** Russia's envoy is given long
# quotations that depict Ukraine as the side that broke the energy moratorium ("not observed by the Ukrainian
# side"), while Ukrainian officials are not quoted at all. Each evokes an idea (a frozen war, an impatient
# mediator, an unreliable Ukraine) without stating it.

# %% [markdown]
# ## 2. What this toolkit measures, and what it does not
#
# Frames are interpretations. Reading them well takes a reader who knows the events, the outlet and the
# alternatives. mediakit does not find frames. It counts **[framing indicators](../docs/glossary.md#framing-indicator)**:
# observable wording and sourcing choices that frames are built from, each traced to the exact characters of
# the text, with a one-line reason and a published reference (see `docs/codebook.md`).
#
# | mediakit measures (indicators) | notebook | it does **not** measure |
# |---|---|---|
# | **wording**: [loaded language](../docs/glossary.md#loaded-language) (emotive words, name-calling, euphemisms, scare quotes) and [contested naming](../docs/glossary.md#contested-naming) (Kiev/Kyiv) | 03 | frames themselves |
# | **wording**: [hedges](../docs/glossary.md#hedge) and [boosters](../docs/glossary.md#booster) (how sure the text sounds) | 04 | the writer's intent |
# | **[sourcing](../docs/glossary.md#sourcing)**: who is quoted, named or anonymous, with which [reporting verb](../docs/glossary.md#reporting-verb) | 01, 04 | a "bias score" |
# | **[readability](../docs/glossary.md#readability)**: sentence and word length | 02 | quality, accuracy or truth |
#
# A detector hit is a *reason to read the sentence*, not a verdict. The same word can be loaded in one
# sentence and plain in another; the same choice can be a house style, a quotation, or a deliberate slant.
# Here are the hits of two detectors on the article, with the reason each one gives:

# %%
hits = pd.concat([mk.detect_loaded(article), mk.detect_hedges(article)])
hits = hits.sort_values("start").reset_index(drop=True)  # in the order they occur in the text
hits[["text", "label", "detail", "sentence", "reason"]].head(8)

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Sort these statements into three groups: (a) an indicator mediakit can count, (b) a claim
# about a frame, which needs an argument from a reader, (c) a claim the toolkit cannot support at all.
# 1. "The article uses 'Kiev' five times and 'Kyiv' never."
# 2. "The article presents the plan as a Russian gain."
# 3. "The outlet wanted to help Russia."
# 4. "Four of the article's sources are unnamed."
# 5. "The article is biased."

# %% [markdown] tags=["solution"]
# (a) indicators: 1 and 4 (counts of wording and sourcing choices, checkable in the text; the numbers are the
# seed's). (b) a frame claim: 2, which a reader can argue for from several indicators and the article's
# structure, but no count proves it. (c) beyond the toolkit: 3 (intent is not in the text) and 5 ("biased"
# needs a standard of comparison and a judgement; indicators can feed such an argument but are not a bias
# score).

# %% [markdown]
# **Core.** Take the first hit in the table above and print the whole sentence it is in. (Hint: the
# `sentence` column is the sentence's number; `mk.sentences(text)` gives the list of sentences, and
# `mk.sentences(text)[3].text` is the text of sentence number 3.) Does the word do framing work in that
# sentence? If the table is empty for your article, say so: that is a result too.

# %% tags=["solution"]
if hits.empty:
    print("No hits in this article: nothing to read here.")
else:
    first = hits.iloc[0]  # the first row of the table
    print(f"{first['text']!r} ({first['label']}) is in sentence {first['sentence']}:")
    print(mk.sentences(text)[first["sentence"]].text)

# %% [markdown]
# **Stretch.** Name two ways of framing from section 1 that no word list can catch, and say how you would
# study them instead.

# %% [markdown] tags=["solution"]
# *Possible answer.* **Selection and omission**: a word list only sees what is in the text; what was left out
# (for the seed: any Ukrainian official's voice) shows up only by comparing with other coverage of the same
# events (notebook 05) or with the record of events (`docs/events.md`). **Order and salience**: what comes in
# the headline and lead, and what comes last; mediakit records each hit's section (headline, lead, body), but
# judging the effect of the order needs a reader. **Depictions and metaphors** not on any list ("freeze the
# conflict") need close reading; a researcher can add them to a [lexicon](../docs/glossary.md#lexicon) once
# identified (notebook 07), but the identifying is human work.

# %% [markdown]
# ## 3. How the notebooks work
#
# Every notebook of the course has the same shape, so you always know where you are:
#
# - a **header card** at the top: goals, prerequisites, time, data, level;
# - one **parameters cell** (`ARTICLE`, `CORPUS_PATH`): change it to run the whole notebook on another
#   article or on your own corpus; every cell is written to work for any article;
# - one concept at a time: a few sentences with references, the concept shown on the article, then
#   **"Your turn"** right after, in three tiers: **Warm-up** (a small step you can do by copying and
#   changing the example), **Core** (the exercise that checks you understood) and **Stretch** (for those
#   who want more; skip it if short of time);
# - **solutions**: your version has empty cells (`# Your answer here`) for you to fill in. Instructors have
#   a version with worked answers in `notebooks/instructor/`; try first, compare after;
# - **discussion questions** at the end, for class or for a written reflection, and a link to the next
#   notebook;
# - words in links are defined in the [glossary](../docs/glossary.md).
#
# ### Your turn
#
# **Warm-up.** In a code cell, print the value of `ARTICLE` and the list of all article ids you could put
# in the parameters cell. (Hint: `corpus["doc_id"]` is the column of ids; `.tolist()` turns it into a list.)

# %% tags=["solution"]
print(ARTICLE)
print(corpus["doc_id"].tolist())

# %% [markdown]
# ## 4. The data
#
# **The seed article** (`data/articles/seed.txt`) is a short English-language report of 18 April 2025 on a
# US peace proposal for Russia and Ukraine. It relays a Bloomberg story that cited unnamed European officials,
# adds Secretary of State Marco Rubio's remarks in Paris and Russia's UN envoy Vassily Nebenzia's remarks in
# New York. **Its publisher is unknown**: the file came without a source and the text does not name one
# (`outlet: unknown`). Working out what its cues suggest is an exercise in notebook 01. It is someone else's
# work, included for teaching and commentary only.
#
# **Comparison texts.** A framing choice only shows against alternatives: "Kiev" means something because
# "Kyiv" was available. Real coverage of the same events exists, but it cannot be redistributed, so the
# course bundles eight [constructed texts](../docs/glossary.md#constructed-text) written by the project
# (`kind: constructed`):
#
# - five **constructed accounts** of the same two days in the registers of five kinds of outlet (wire service,
#   Ukrainian, European, US, Russian state agency). Their differences were **written in on purpose**, following
#   documented conventions, so that students can check that a measure reacts to them;
# - three **controlled rewrites** of the seed that change one framing choice at a time (only the naming;
#   only the hedges and reporting verbs; everything), like a small experiment.
#
# Because their differences were put there by their writers, **constructed texts are never evidence about
# real outlets**. mediakit marks them `[constructed]` in every table and plot so that a screenshot cannot pass
# them off as findings. The details are in `data/README.md`.
#
# **Real coverage** is listed, as links only, in the **coverage manifest** (`data/coverage/manifest.csv`): 21
# articles from wire services, broadcasters, Ukrainian outlets and Russian state media. Researchers fetch
# their own copies (notebook 07).

# %%
corpus[["doc_id", "kind", "register", "published"]]

# %%
manifest = mk.coverage_manifest()  # the list of real coverage: links and metadata, no articles
manifest[["outlet", "date", "outlet_type"]].head()

# %% [markdown]
# ### Your turn
#
# **Warm-up.** A classmate finds that `constructed-ukrainian` uses more distancing verbs ("claimed") than
# `constructed-russian-state` and writes "Ukrainian media distrust Russian officials". What is wrong with the
# claim, and what would be needed to make a claim of that kind?

# %% [markdown] tags=["solution"]
# Both texts were written for the course, and the difference was written in on purpose (data/README.md lists
# "claimed"/"insisted" versus "said" among the planted differences). The count shows that the measure reacts
# to the difference, not how real Ukrainian outlets write. A claim about real outlets needs real coverage (for
# example the Ukrainian rows of the manifest, fetched and analysed), enough articles to tell a pattern from one
# writer's habit, and a comparison of like with like (the same events, the same kind of article).

# %% [markdown]
# **Core.** Print the `notes` of your article. (Hint: `article["notes"].iloc[0]` is the first, and only,
# value of the `notes` column of the one-row table `article`.) What does it say about where the text comes
# from?

# %% tags=["solution"]
print(article["notes"].iloc[0])

# %% [markdown]
# **Stretch.** Look at the whole manifest (`manifest` in a cell, or `manifest[["outlet", "outlet_type",
# "notes"]]`). Which three rows would you fetch first to compare with the seed article, and why? What do the
# notes warn you about those copies?

# %% tags=["solution"]
print(manifest[["id", "outlet", "outlet_type"]])
for row_id in ["cnbc-bloomberg-plan", "sputnik-plan", "rt-copy-bloomberg-plan"]:
    print()
    print(row_id, ":", manifest.loc[manifest["id"] == row_id, "notes"].iloc[0])

# %% [markdown] tags=["solution"]
# *Possible answer.* The rows that report the **same story** (the Bloomberg plan of 18 April): the CNBC
# syndication (`cnbc-bloomberg-plan`), Sputnik's report (`sputnik-plan`) and the RT-style copy
# (`rt-copy-bloomberg-plan`); perhaps Al Jazeera's day 1,150 as an international broadcaster. Comparing the
# same story across registers keeps the facts fixed and lets the framing choices vary. The notes warn that
# many rows are **copies, not originals** (a syndicated or aggregated version on another site), that one
# publisher is **unconfirmed** ("RT (unconfirmed)"), and that links may have moved or died.

# %% [markdown]
# ## 5. A short Python and pandas primer
#
# You need only a handful of ideas to follow the course. Each is shown on our data; change the examples and
# run them again: you cannot break anything (if you do, restart the kernel and run all cells).
#
# ### 5.1 Variables and strings
#
# A **variable** is a name for a value: `n = 3` stores 3 under the name `n`. The setup cell made a few:
# `ARTICLE` holds the id of the article, `text` holds its text. A piece of text is a **string** (`str`),
# written between quotes: `"Kiev"`. Strings have **methods**, actions you call with a dot:
# `text.count("Kiev")` counts occurrences, `text.lower()` gives a lower-case copy. `len(text)` is the number of
# characters. An **f-string**, `f"...{name}..."`, puts a value into a string.

# %%
title = article["title"].iloc[0]  # a new variable: the article's title
print(title)
print(f"The text has {len(text)} characters.")
print(f"'Kiev' occurs {text.count('Kiev')} times and 'Kyiv' {text.count('Kyiv')} times.")

# %% [markdown]
# ### 5.2 Lists and loops
#
# A **list** holds several values in order: `["seed", "rewrite-naming"]`. Item positions start at **0**:
# `ids[0]` is the first, `ids[-1]` the last, and `ids[0:3]` (a *slice*) the first three. `len(ids)` is the
# number of items. A **`for` loop** runs the indented lines once for each item.

# %%
ids = corpus["doc_id"].tolist()  # the column of ids, as a list
print(len(ids), "articles; the first is", ids[0], "and the last is", ids[-1])
for doc_id in ids[0:3]:
    print("-", doc_id)

# %% [markdown]
# ### 5.3 Calling functions
#
# A **function** takes inputs in brackets and returns a result: `len(text)`, `round(2.71828, 2)`. mediakit's
# functions are called through `mk.`: `mk.sentences(text)` returns the list of the text's sentences. Some
# inputs are given by name, as **keyword arguments**: `round(2.71828, ndigits=2)`. To read what a function
# does and which inputs it takes, run `help(mk.sentences)`.

# %%
sentences = mk.sentences(text)
print(len(sentences), "sentences. The second one is:")
print(sentences[1].text)
print(round(len(text) / len(sentences), 1), "characters per sentence on average")

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Store the title of the article in capital letters in a variable called `shout` and print it.
# (Hint: the string method is `.upper()`.)

# %% tags=["solution"]
shout = title.upper()
print(shout)

# %% [markdown]
# **Core.** How many times does the text contain "Russia", and how many times "Russian"? Why is the first
# number at least as large as the second, and what does that tell you about counting words with
# `text.count`?

# %% tags=["solution"]
print("Russia:", text.count("Russia"))
print("Russian:", text.count("Russian"))
# text.count counts pieces of text, not words: every "Russian" also contains "Russia", so the first number
# includes the second. Counting words needs a tokenizer that splits the text into words first (notebook 01).

# %% [markdown]
# **Stretch.** Print the number of characters of each of the first five sentences, using a `for` loop.
# (Each item of `sentences` has a `.text`.)

# %% tags=["solution"]
for sentence in sentences[:5]:
    print(len(sentence.text), sentence.text[:60])

# %% [markdown]
# ### 5.4 A DataFrame: columns and rows
#
# pandas keeps tables in a **DataFrame**: rows and named columns, like a spreadsheet. `corpus` is one, with one
# row per article. `corpus["kind"]` selects a column (a `Series`); `corpus[["doc_id", "kind"]]` (note the
# double brackets: a *list* of names) selects several. `.head(3)` shows the first three rows; `.iloc[0]` picks
# a row by position; `.shape` is (rows, columns).
#
# You can also make a new column from an old one. Below, `.str.split()` splits each text at white space and
# `.str.len()` counts the pieces: a rough word count (notebook 01 counts words properly).

# %%
print(corpus.shape)
corpus["n_words"] = corpus["text"].str.split().str.len()
corpus[["doc_id", "kind", "n_words"]].head(3)

# %% [markdown]
# ### 5.5 Filtering and sorting
#
# A **condition** on a column gives True or False for every row: `corpus["kind"] == "constructed"` (two equals
# signs: a comparison, not an assignment). Putting the condition in square brackets keeps the rows where it is
# True; that is how the setup cell picked out the article. Combine conditions with `&` (and) and `|` (or),
# each in round brackets. `.sort_values("n_words", ascending=False)` sorts, longest first.

# %%
constructed = corpus[corpus["kind"] == "constructed"]
long_ones = corpus[(corpus["kind"] == "constructed") & (corpus["n_words"] > 500)]
print(len(constructed), "constructed texts;", len(long_ones), "of them longer than 500 words")
corpus.sort_values("n_words", ascending=False)[["doc_id", "n_words"]]

# %% [markdown]
# ### 5.6 Counting and grouping
#
# `value_counts()` counts how often each value of a column occurs. `groupby("kind")` splits the rows into
# groups with the same `kind`; `["n_words"].mean()` then gives the mean of each group. These two questions,
# "how many of each?" and "what is the average per group?", cover most of the tables in the course.

# %%
print(corpus["kind"].value_counts())
print()
print(corpus.groupby("kind")["n_words"].mean())

# %% [markdown]
# ### Your turn
#
# **Warm-up.** Show only the `doc_id` and `n_words` columns, sorted shortest first.

# %% tags=["solution"]
corpus[["doc_id", "n_words"]].sort_values("n_words")

# %% [markdown]
# **Core.** How many articles in the corpus are longer than your article? List their ids. (Hint: first store
# your article's word count in a variable: `mine = corpus.loc[corpus["doc_id"] == ARTICLE, "n_words"].iloc[0]`;
# `.loc[rows, column]` selects rows and a column at once.)

# %% tags=["solution"]
mine = corpus.loc[corpus["doc_id"] == ARTICLE, "n_words"].iloc[0]
longer = corpus[corpus["n_words"] > mine]
print(f"{ARTICLE} has {mine} words; {len(longer)} articles are longer:")
print(longer["doc_id"].tolist())

# %% [markdown]
# **Stretch.** Compute the mean word count per `register`. Which article is missing from the result, and why?
# (Look at its `register` value, then try `groupby("register", dropna=False)`.)

# %% tags=["solution"]
print(corpus.groupby("register")["n_words"].mean())
print()
# A text with no register (the seed has none: it is a published article, not a constructed one) has an empty
# value (NaN), and groupby leaves out rows whose group is empty unless told otherwise:
print(corpus.groupby("register", dropna=False)["n_words"].mean())

# %% [markdown]
# ## Discussion questions
#
# 1. Entman's definition says frames *promote* an interpretation. Can a text frame an event without anyone
#    intending it to? What does your answer mean for what a toolkit like this may claim?
# 2. If an outlet's style guide requires "Kiev", is its use of "Kiev" a framing choice? Whose choice is it?
# 3. The course compares one real article with texts written for teaching. What can this design teach you,
#    and what would you need before saying anything about real outlets?
# 4. Which of the seed's choices would you expect a reader to notice, and which work without being noticed?
#
# ## References
#
# - Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of Communication*
#   43(4), 51–58.
# - Gamson, W. A. & Modigliani, A. (1989). Media discourse and public opinion on nuclear power: A
#   constructionist approach. *American Journal of Sociology* 95(1), 1–37.
# - The project's codebook (`docs/codebook.md`) and datasheet (`data/README.md`).
#
# **[Next: 01-reading-the-article](01-reading-the-article.ipynb)**: loading an article, its sentences and
# paragraphs, and who is quoted in it.
