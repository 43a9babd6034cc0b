// Search on a static copy of the site: the Pagefind index that `export` built, searched in the browser.
// The page works without this script (it lists the sections); with it, results look like the live site's.
// Queries are read as the live search reads them: each word (or a phrase of synonyms.yaml, with its synonyms) is one
// part; a page matching more parts comes first, then the higher score. Pagefind stems with the same algorithm.
const form = document.querySelector("main .search-form");
const input = form.querySelector("input[name=q]");
const status = document.getElementById("search-status");
const also = document.getElementById("search-also");
const list = document.getElementById("search-results");
const heading = document.querySelector("main h1");
const synonyms = JSON.parse(document.getElementById("search-synonyms").textContent);
const filler = new Set(synonyms.filler);
const MaxResults = 20;

// Each synonym entry under its first term, longest phrase first, as the live search looks them up.
const entries = new Map();
synonyms.groups.forEach((group, index) => group.forEach(entry => {
    const key = entry.terms[0];
    entries.set(key, [...(entries.get(key) || []), { entry, group: index }].sort((a, b) => b.entry.terms.length - a.entry.terms.length));
}));

// Words as the live search splits them: letters and digits (joined by "&", as in "A&E"), cut at an apostrophe,
// lower-cased, filler words dropped.
const words = text => [...text.matchAll(/[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*(?:['’]\p{L}+)?/gu)]
    .map(m => m[0].split(/['’]/)[0].toLowerCase())
    .filter(word => !filler.has(word));

// A phrase's score on a page, counted only where its terms are together, as the live index finds a phrase: all within
// one word more than the phrase, in any order, filler words left out ("problems with your bladder" has "bladder
// problems"). Each place counts Pagefind's weight for it (a heading more, a shared block less), and the sum is damped as
// a word's repeats are; 0 where it is nowhere. Pagefind numbers the page's words as they stand between spaces.
function phraseScore(page, phrase) {
    const weights = new Map(page.weighted_locations.map(w => [w.location, w.weight]));
    const terms = page.content.split(/\s+/).flatMap((text, location) => words(text).map(word => ({ term: synonyms.forms[word] || word, location })));
    let sum = 0;
    for (let i = 0; i < terms.length; i++) {
        const window = terms.slice(i, i + phrase.length + 1);
        if (phrase.includes(terms[i].term) && phrase.every(t => window.some(w => w.term === t))) {
            const places = window.filter(w => phrase.includes(w.term));
            sum += Math.max(...places.map(w => weights.get(w.location) || 0));
            i += window.lastIndexOf(places[places.length - 1]);
        }
    }
    return Math.log2(1 + sum);
}

// The query's parts: each a list of alternatives to search for (the words typed first, each a synonym entry's text
// and terms) and the synonyms among them.
function parts(query) {
    const terms = words(query).map(word => ({ word, term: synonyms.forms[word] || word }));
    const found = [];
    const groupsSeen = new Set();
    for (let i = 0; i < terms.length;) {
        const match = (entries.get(terms[i].term) || []).find(e => e.entry.terms.every((t, k) => terms[i + k]?.term === t));
        if (match) {
            i += match.entry.terms.length;
            if (!groupsSeen.has(match.group)) {
                groupsSeen.add(match.group);
                const others = synonyms.groups[match.group].filter(e => e !== match.entry);
                found.push({ alternatives: [match.entry, ...others], synonyms: others.map(e => e.text) });
            }
            continue;
        }
        const { word, term } = terms[i++];
        if (!found.some(p => p.synonyms.length === 0 && p.alternatives[0].text === word)) {
            found.push({ alternatives: [{ text: word, terms: [term] }], synonyms: [] });
        }
    }
    return found;
}

// Pages ranked as the live search ranks them: more parts matched, then the summed score of each part's best alternative.
async function rank(pagefind, query) {
    const pages = new Map();
    for (const part of parts(query)) {
        const best = new Map();
        for (const [index, alternative] of part.alternatives.entries()) {
            const weight = index === 0 ? 1 : synonyms.synonymWeight;
            // Without filler words, as the live index has none: "and" in "pins and needles" would match every page.
            // Pagefind finds pages with all of a phrase's words anywhere; only the places where they are together count.
            // It also drops the "&" of "A&E", then finds "ae" as the start of "aerobic": only "A&E" itself counts.
            const exact = alternative.terms.length > 1 || alternative.text.includes("&");
            const results = (await pagefind.search(words(alternative.text).join(" "))).results;
            const fragments = exact ? await Promise.all(results.map(result => result.data())) : [];
            for (const [k, result] of results.entries()) {
                const found = exact ? phraseScore(fragments[k], alternative.terms) : result.score;
                if (found === 0) {
                    continue;
                }
                const score = found * weight;
                if (score > (best.get(result.id)?.score || 0)) {
                    best.set(result.id, { result, score });
                }
            }
        }
        for (const [id, { result, score }] of best) {
            const page = pages.get(id) || { parts: 0, score: 0, best: 0, result };
            // Snippets come from the search that matched the page best, so its words are the ones marked.
            pages.set(id, { parts: page.parts + 1, score: page.score + score, best: Math.max(page.best, score), result: score > page.best ? result : page.result });
        }
    }
    return [...pages.values()].sort((a, b) => b.parts - a.parts || b.score - a.score).map(p => p.result);
}

// Pagefind names pages by folder ("/imaging/"); the site's own links have no trailing slash.
const siteUrl = url => url.replace(/\/(#|$)/, "$1") || "/";

// The excerpt is HTML with <mark> around the matched words; only text and <mark> are copied, never markup.
function snippet(excerpt) {
    const p = document.createElement("p");
    p.className = "snippet";
    for (const node of new DOMParser().parseFromString(excerpt, "text/html").body.childNodes) {
        if (node.nodeName === "MARK") {
            const mark = document.createElement("mark");
            mark.textContent = node.textContent;
            p.append(mark);
        } else {
            p.append(node.textContent);
        }
    }
    return p;
}

function result(page) {
    const section = page.sub_results.find(s => s.url.includes("#"));
    const item = document.createElement("li");
    const title = document.createElement("h2");
    const link = document.createElement("a");
    link.href = siteUrl(section ? section.url : page.url);
    link.textContent = page.meta.title;
    title.append(link);
    item.append(title);
    if (section) {
        const where = document.createElement("p");
        where.className = "result-section";
        where.textContent = `Section: ${section.title}`;
        item.append(where);
    }
    item.append(snippet(section ? section.excerpt : page.excerpt));
    return item;
}

async function run() {
    const query = (new URLSearchParams(location.search).get("q") || "").trim();
    input.value = query;
    let pagefind;
    try {
        pagefind = await import("/pagefind/pagefind.js");
    } catch {
        status.textContent = "Search is not available on this copy of the site. Choose a section below.";
        return;
    }
    if (query === "") {
        status.textContent = "Type a word or two about what you want to know, for example scan, exercise or surgery.";
        return;
    }
    heading.textContent = `Search results for “${query}”`;
    document.title = `${heading.textContent} · ${document.title.split(" · ").pop()}`;
    const searched = parts(query).flatMap(p => p.synonyms);
    also.textContent = `Also searched for: ${searched.join(", ")}.`;
    also.hidden = searched.length === 0;
    const results = await rank(pagefind, query);
    const pages = await Promise.all(results.slice(0, MaxResults).map(r => r.data()));
    const total = results.length;
    status.textContent = total === 0
        ? `No pages match “${query}”. Try a simpler word, check the spelling, or choose a section below.`
        : `${total} ${total === 1 ? "page matches" : "pages match"}${total > MaxResults ? `. Showing 1 to ${MaxResults}` : ""}.`;
    list.replaceChildren(...pages.map(result));
    list.hidden = total === 0;
}

run();
