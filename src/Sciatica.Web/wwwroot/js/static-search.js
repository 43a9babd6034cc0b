// Search on a static copy of the site: the Pagefind index that `export` built, searched in the browser.
// The page works without this script (it lists the sections); with it, results look like the live site's.
const form = document.querySelector("main .search-form");
const input = form.querySelector("input[name=q]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const heading = document.querySelector("main h1");
const MaxResults = 20;

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
    const search = await pagefind.search(query);
    const pages = await Promise.all(search.results.slice(0, MaxResults).map(r => r.data()));
    const total = search.results.length;
    status.textContent = total === 0
        ? `No pages match “${query}”. Try a simpler word, check the spelling, or choose a section below.`
        : `${total} ${total === 1 ? "page matches" : "pages match"}${total > MaxResults ? `. Showing 1 to ${MaxResults}` : ""}.`;
    list.replaceChildren(...pages.map(result));
    list.hidden = total === 0;
}

run();
