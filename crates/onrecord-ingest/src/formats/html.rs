//! HTML pages: the main text with boilerplate removed, and the page's metadata.
//!
//! Owns turning one HTML document into one record: charset (via [`crate::encoding`]), parsing with
//! html5ever (the browsers' tree-construction rules, so broken markup parses as a browser would),
//! metadata (title, canonical URL, publication date, author, language, site name) and boilerplate
//! removal. Also turns HTML fragments (feed item content) into text.
//!
//! Boilerplate removal, in three linear passes over a flat copy of the tree:
//! 1. exclusion: scripts, forms, hidden elements, and elements whose tag, class, id or ARIA role
//!    name navigation, ads, cookie banners, share bars, related links or comments — unless the
//!    element holds most of the page's paragraph text (a wrapper called `page-with-sidebar` is not
//!    a sidebar);
//! 2. scoring, after Readability: each paragraph scores by length and commas; its parent,
//!    grandparent and great-grandparent collect the score; the best container, scaled down by its
//!    link density, is the article, joined by siblings that score nearly as well;
//! 3. extraction: the container's text, one paragraph per block element, link lists and short
//!    stock phrases ("Advertisement", "Read more") dropped.
//!
//! It never recurses over the tree (a page of 100 000 nested `<div>`s must not overflow the stack)
//! and never panics on any input.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDateTime;
use ego_tree::iter::Edge;
use onrecord_model::Lang;
use scraper::{Html, Node};

use super::{read_bounded, stem, Records};
use crate::encoding::decode_document;
use crate::{parse_published, IngestError, Record};

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDateTime>,
    pub author: Option<String>,
    pub lang: Option<Lang>,
    pub site: Option<String>,
    /// The main text, paragraphs separated by a blank line.
    pub text: String,
}

pub(super) fn read(path: &Path, reader: impl Read) -> Records {
    let result = read_bounded(path, reader).and_then(|bytes| {
        let page = page_from_bytes(&bytes, None);
        if page.text.trim().is_empty() {
            return Err(IngestError::new(path, "no main text found in this HTML page")
                .hint("check that the page is an article and not a script-rendered shell; save it after it loaded"));
        }
        Ok(record_from_page(stem(path), page))
    });
    Box::new(std::iter::once(result))
}

pub(crate) fn record_from_page(name: String, page: Page) -> Record {
    Record {
        name,
        text: page.text,
        source: page.site,
        url: page.url,
        title: page.title,
        author: page.author,
        published: page.published,
        lang: page.lang,
        reposted_from: None,
        external_id: None,
    }
}

/// Decodes and parses a page. `charset` is a label from outside the page (an HTTP header).
pub fn page_from_bytes(bytes: &[u8], charset: Option<&str>) -> Page {
    let (text, _) = decode_document(bytes, charset);
    parse_page(&text)
}

/// Parses a decoded page: metadata and main text.
pub fn parse_page(html: &str) -> Page {
    let document = Html::parse_document(html);
    let tree = Flat::new(&document);
    let mut page = tree.metadata();
    let excluded = tree.exclusions();
    let stats = tree.stats(&excluded);
    if page.published.is_none() {
        page.published = tree.first_time(&excluded);
    }
    let containers = tree.main_containers(&excluded, &stats);
    page.text = tree.extract(&containers, &excluded, &stats, true);
    page
}

/// The text of an HTML fragment (a feed item's content), paragraphs kept, scripts dropped,
/// nothing else removed.
pub fn fragment_text(html: &str) -> String {
    let document = Html::parse_fragment(html);
    let tree = Flat::new(&document);
    let excluded: Vec<bool> = tree
        .nodes
        .iter()
        .map(|n| matches!(n.tag.as_str(), "script" | "style" | "noscript" | "template"))
        .collect();
    let stats = tree.stats(&excluded);
    tree.extract(&[0], &excluded, &stats, false)
}

/// One node of the flattened tree: element (`tag` non-empty) or text.
struct FlatNode {
    parent: usize,
    children: Vec<usize>,
    /// Lower-case local name; empty for text nodes, `#document` for the root.
    tag: String,
    text: String,
    attrs: Vec<(String, String)>,
}

impl FlatNode {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn is_text(&self) -> bool {
        self.tag.is_empty()
    }
}

/// Per-node numbers for scoring, excluded subtrees counted as empty.
struct Stats {
    /// Characters of visible text (whitespace runs count as one).
    text_len: Vec<usize>,
    /// Characters of that text inside links.
    link_len: Vec<usize>,
    /// Commas in the text.
    commas: Vec<usize>,
}

/// The tree in pre-order: a node's index is greater than its parent's, so walking the indices
/// backwards visits children before parents.
struct Flat {
    nodes: Vec<FlatNode>,
}

const NONE: usize = usize::MAX;

impl Flat {
    fn new(document: &Html) -> Flat {
        let mut nodes: Vec<FlatNode> = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        for edge in document.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let parent = stack.last().copied().unwrap_or(NONE);
                    let (tag, text, attrs) = match node.value() {
                        Node::Element(element) => (
                            element.name().to_ascii_lowercase(),
                            String::new(),
                            element
                                .attrs()
                                .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
                                .collect(),
                        ),
                        Node::Text(text) => (String::new(), text.to_string(), Vec::new()),
                        Node::Document | Node::Fragment => {
                            ("#document".to_string(), String::new(), Vec::new())
                        }
                        _ => ("#other".to_string(), String::new(), Vec::new()),
                    };
                    let index = nodes.len();
                    if parent != NONE {
                        nodes[parent].children.push(index);
                    }
                    nodes.push(FlatNode {
                        parent,
                        children: Vec::new(),
                        tag,
                        text,
                        attrs,
                    });
                    stack.push(index);
                }
                Edge::Close(_) => {
                    stack.pop();
                }
            }
        }
        Flat { nodes }
    }

    /// The text of a subtree, whitespace collapsed (for metadata: titles, bylines).
    fn plain_text(&self, root: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![root];
        while let Some(index) = stack.pop() {
            let node = &self.nodes[index];
            if node.is_text() {
                out.push_str(&node.text);
                out.push(' ');
            } else if !matches!(node.tag.as_str(), "script" | "style") {
                stack.extend(node.children.iter().rev());
            }
        }
        collapse(&out)
    }

    fn metadata(&self) -> Page {
        let mut page = Page::default();
        let mut meta = Meta::default();
        for (index, node) in self.nodes.iter().enumerate() {
            match node.tag.as_str() {
                "html" => {
                    if let Some(lang) = node.attr("lang").or_else(|| node.attr("xml:lang")) {
                        meta.lang.get_or_insert(lang.to_string());
                    }
                }
                "title" if meta.title_tag.is_none() => {
                    meta.title_tag = Some(self.plain_text(index));
                }
                "h1" if meta.h1.is_none() => {
                    meta.h1 = Some(self.plain_text(index)).filter(|t| !t.is_empty());
                }
                "meta" => meta.meta_tag(node),
                "link" => {
                    let rel = node.attr("rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "canonical") {
                        if let Some(href) = node.attr("href").filter(|h| !h.trim().is_empty()) {
                            meta.canonical.get_or_insert(href.trim().to_string());
                        }
                    }
                }
                "a" => {
                    let rel = node.attr("rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "author") && meta.rel_author.is_none() {
                        meta.rel_author = Some(self.plain_text(index)).filter(|t| !t.is_empty());
                    }
                }
                "script" => {
                    let kind = node.attr("type").unwrap_or("").to_ascii_lowercase();
                    if kind.contains("ld+json") {
                        let body: String = node
                            .children
                            .iter()
                            .map(|&c| self.nodes[c].text.as_str())
                            .collect();
                        meta.json_ld(&body);
                    }
                }
                _ => {}
            }
            if !node.is_text() && meta.itemprop_author.is_none() {
                if let Some("author") = node.attr("itemprop") {
                    if node.tag != "meta" && node.tag != "link" {
                        meta.itemprop_author =
                            Some(self.plain_text(index)).filter(|t| !t.is_empty());
                    }
                }
            }
        }
        page.title = meta
            .og_title
            .or(meta.ld_headline)
            .or(meta.h1)
            .or_else(|| meta.title_tag.as_deref().map(strip_site_suffix))
            .map(|t| collapse(&t))
            .filter(|t| !t.is_empty());
        page.url = meta.canonical.or(meta.og_url).or(meta.ld_url);
        page.published = [
            meta.article_published,
            meta.ld_published,
            meta.other_published,
        ]
        .into_iter()
        .flatten()
        .find_map(|value| parse_date(&value));
        page.author = meta
            .author
            .or(meta.ld_author)
            .or(meta.rel_author)
            .or(meta.itemprop_author)
            .map(|a| collapse(&a))
            .filter(|a| !a.is_empty());
        page.lang = meta
            .lang
            .or(meta.ld_lang)
            .map(|tag| Lang::from_tag(&tag))
            .filter(|lang| *lang != Lang::Other);
        page.site = meta.site.or(meta.ld_publisher).map(|s| collapse(&s));
        page
    }

    /// The first `<time datetime>` outside excluded parts, preferring one marked as the
    /// publication date.
    fn first_time(&self, excluded: &[bool]) -> Option<NaiveDateTime> {
        let mut first = None;
        for (index, node) in self.nodes.iter().enumerate() {
            if node.tag != "time" || excluded[index] {
                continue;
            }
            let Some(value) = node.attr("datetime").and_then(parse_date) else {
                continue;
            };
            let marked = node.attr("itemprop") == Some("datePublished")
                || node.attr("pubdate").is_some()
                || node
                    .attr("class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("publish"));
            if marked {
                return Some(value);
            }
            first.get_or_insert(value);
        }
        first
    }

    /// Which nodes are boilerplate (the node or an ancestor was judged so).
    fn exclusions(&self) -> Vec<bool> {
        let count = self.nodes.len();
        // Paragraph text per node, before any exclusion, to protect wrappers holding the article.
        let mut para = vec![0usize; count];
        for index in (0..count).rev() {
            let node = &self.nodes[index];
            if node.is_text() {
                let parent = node.parent;
                if parent != NONE && is_paragraph_tag(&self.nodes[parent].tag) {
                    para[index] = visible_len(&node.text);
                }
            } else if matches!(
                node.tag.as_str(),
                "script" | "style" | "noscript" | "template"
            ) {
                para[index] = 0;
                continue;
            }
            if node.parent != NONE {
                let value = para[index];
                para[node.parent] += value;
            }
        }
        // Text directly inside a paragraph's inline children counts too; a simple fix: attribute
        // to each paragraph the whole of its visible text.
        let total = para.first().copied().unwrap_or(0).max(1);
        let mut excluded = vec![false; count];
        for index in 0..count {
            let node = &self.nodes[index];
            if node.parent != NONE && excluded[node.parent] {
                excluded[index] = true;
                continue;
            }
            if node.is_text() {
                continue;
            }
            let share = para[index] as f64 / total as f64;
            // An <article> or <main> named after its comments ("post has-comments") is still
            // the article: class names exclude it only when it holds little of the text.
            let landmark = matches!(node.tag.as_str(), "article" | "main");
            excluded[index] = match judge(node) {
                Verdict::Keep => false,
                Verdict::Always => true,
                Verdict::Strong => share < if landmark { 0.3 } else { 0.85 },
                Verdict::Weak => !landmark && share < 0.5,
            };
        }
        excluded
    }

    fn stats(&self, excluded: &[bool]) -> Stats {
        let count = self.nodes.len();
        let mut text_len = vec![0usize; count];
        let mut link_len = vec![0usize; count];
        let mut commas = vec![0usize; count];
        for index in (0..count).rev() {
            let node = &self.nodes[index];
            if excluded[index] {
                continue;
            }
            if node.is_text() {
                text_len[index] = visible_len(&node.text);
                commas[index] = node.text.matches([',', '،', '，']).count();
            }
            if node.tag == "a" {
                link_len[index] = text_len[index];
            }
            if node.parent != NONE {
                let parent = node.parent;
                text_len[parent] += text_len[index];
                link_len[parent] += link_len[index];
                commas[parent] += commas[index];
            }
        }
        Stats {
            text_len,
            link_len,
            commas,
        }
    }

    /// Readability-style choice of the article container(s), in document order.
    fn main_containers(&self, excluded: &[bool], stats: &Stats) -> Vec<usize> {
        let count = self.nodes.len();
        let mut score = vec![0f64; count];
        let mut is_candidate = vec![false; count];
        for (index, node) in self.nodes.iter().enumerate() {
            if excluded[index] || node.is_text() || !self.is_paragraph_like(index) {
                continue;
            }
            let len = stats.text_len[index];
            if len < 25 {
                continue;
            }
            let points = 1.0 + stats.commas[index] as f64 + (len as f64 / 100.0).min(3.0);
            let mut ancestor = node.parent;
            for level in 0..3 {
                if ancestor == NONE || self.nodes[ancestor].tag == "#document" {
                    break;
                }
                if !is_candidate[ancestor] {
                    is_candidate[ancestor] = true;
                    score[ancestor] += self.initial_score(ancestor);
                }
                score[ancestor] += points / [1.0, 2.0, 3.0][level];
                ancestor = self.nodes[ancestor].parent;
            }
        }
        let mut best = NONE;
        let mut best_score = f64::MIN;
        for index in 0..count {
            if !is_candidate[index] {
                continue;
            }
            let density = link_density(stats, index);
            score[index] *= 1.0 - density;
            if score[index] > best_score {
                best_score = score[index];
                best = index;
            }
        }
        if best == NONE {
            let body = self.nodes.iter().position(|n| n.tag == "body").unwrap_or(0);
            return vec![body];
        }
        // Siblings that look like more of the same article join it.
        let parent = self.nodes[best].parent;
        if parent == NONE {
            return vec![best];
        }
        // Readability's threshold, for siblings that look like the best one (same tag and class:
        // the second half of an article split by a promo block); others must score half as well
        // as the best, so a comment thread or an "about the author" column beside a short article
        // stays out.
        let threshold = (best_score * 0.2).max(10.0);
        let strong_threshold = (best_score * 0.5).max(10.0);
        let best_class = self.nodes[best]
            .attr("class")
            .filter(|c| !c.trim().is_empty());
        let mut chosen = Vec::new();
        for &sibling in &self.nodes[parent].children {
            if sibling == best {
                chosen.push(sibling);
                continue;
            }
            if excluded[sibling] || self.nodes[sibling].is_text() {
                continue;
            }
            let alike = self.nodes[sibling].tag == self.nodes[best].tag
                && best_class.is_some()
                && self.nodes[sibling].attr("class") == best_class;
            let needed = if alike { threshold } else { strong_threshold };
            // A column of headed boxes ("About the author", "Editor's note") has a heading for
            // every paragraph; an article part has several paragraphs per subhead.
            let boxes = !alike && {
                let (headings, paragraphs) = self.count_blocks(sibling, excluded);
                headings > 0 && headings >= paragraphs
            };
            let mut append = is_candidate[sibling] && score[sibling] >= needed && !boxes;
            if !append && self.nodes[sibling].tag == "p" {
                let len = stats.text_len[sibling];
                let density = link_density(stats, sibling);
                append = len > 80 && density < 0.25;
            }
            if append {
                chosen.push(sibling);
            }
        }
        chosen
    }

    /// Headings (h2–h6) and paragraphs in a subtree, excluded parts left out.
    fn count_blocks(&self, root: usize, excluded: &[bool]) -> (usize, usize) {
        let (mut headings, mut paragraphs) = (0, 0);
        let mut stack = vec![root];
        while let Some(index) = stack.pop() {
            if excluded[index] {
                continue;
            }
            let node = &self.nodes[index];
            match node.tag.as_str() {
                "h2" | "h3" | "h4" | "h5" | "h6" => headings += 1,
                "p" => paragraphs += 1,
                _ => {}
            }
            stack.extend(node.children.iter().copied());
        }
        (headings, paragraphs)
    }

    fn is_paragraph_like(&self, index: usize) -> bool {
        let node = &self.nodes[index];
        match node.tag.as_str() {
            "p" | "pre" | "td" | "blockquote" | "dd" => true,
            "div" | "section" | "span" | "font" => {
                // A div that holds text itself, not through block children.
                node.children.iter().any(|&c| {
                    let child = &self.nodes[c];
                    child.is_text() && visible_len(&child.text) >= 25
                })
            }
            _ => false,
        }
    }

    fn initial_score(&self, index: usize) -> f64 {
        let node = &self.nodes[index];
        let by_tag = match node.tag.as_str() {
            "article" => 10.0,
            "div" | "main" | "section" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let mut by_class = 0.0;
        for token in class_tokens(node) {
            if POSITIVE.contains(&token.as_str()) {
                by_class = 25.0;
                break;
            }
        }
        by_tag + by_class
    }

    /// The text of the chosen containers: one paragraph per block, boilerplate dropped.
    fn extract(&self, roots: &[usize], excluded: &[bool], stats: &Stats, article: bool) -> String {
        let mut out = TextBuilder::default();
        for &root in roots {
            out.block();
            // Iterative pre-order walk; `None` marks the end of a block element.
            let mut stack: Vec<Option<usize>> = vec![Some(root)];
            while let Some(item) = stack.pop() {
                let Some(index) = item else {
                    out.block();
                    continue;
                };
                if excluded[index] {
                    continue;
                }
                let node = &self.nodes[index];
                if node.is_text() {
                    out.push_text(&node.text);
                    continue;
                }
                let tag = node.tag.as_str();
                if article && tag == "h1" {
                    continue;
                }
                if tag == "br" {
                    out.line();
                    continue;
                }
                let block = is_block_tag(tag);
                if block {
                    if article
                        && index != root
                        && stats.text_len[index] > 0
                        && matches!(
                            tag,
                            "ul" | "ol" | "div" | "p" | "li" | "section" | "table" | "dl"
                        )
                        && link_density(stats, index) > 0.5
                    {
                        continue;
                    }
                    out.block();
                    stack.push(None);
                }
                for &child in node.children.iter().rev() {
                    stack.push(Some(child));
                }
            }
        }
        out.finish(article)
    }
}

fn link_density(stats: &Stats, index: usize) -> f64 {
    let len = stats.text_len[index];
    if len == 0 {
        return 0.0;
    }
    stats.link_len[index] as f64 / len as f64
}

#[derive(Default)]
struct TextBuilder {
    paragraphs: Vec<String>,
    current: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, text: &str) {
        for ch in text.chars() {
            if ch.is_whitespace() {
                self.pending_space = true;
            } else if matches!(ch, '\u{00AD}' | '\u{200B}' | '\u{FEFF}') {
                continue;
            } else {
                if self.pending_space && !self.current.is_empty() && !self.current.ends_with('\n') {
                    self.current.push(' ');
                }
                self.pending_space = false;
                self.current.push(ch);
            }
        }
    }

    /// A `<br>`; two in a row end the paragraph, as they do on pages without `<p>`.
    fn line(&mut self) {
        if self.current.ends_with('\n') {
            self.block();
        } else if !self.current.is_empty() {
            self.current.push('\n');
        }
        self.pending_space = false;
    }

    fn block(&mut self) {
        let paragraph = self.current.trim().to_string();
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph);
        }
        self.current.clear();
        self.pending_space = false;
    }

    fn finish(mut self, article: bool) -> String {
        self.block();
        self.paragraphs
            .into_iter()
            .filter(|p| !(article && is_stock_phrase(p)))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Short paragraphs that are page furniture, not article text.
fn is_stock_phrase(paragraph: &str) -> bool {
    let length = paragraph.chars().count();
    if length < 200 && (paragraph.starts_with('©') || paragraph.starts_with("Copyright ")) {
        return true;
    }
    if length > 60 {
        return false;
    }
    let lower = paragraph.to_lowercase();
    let lower = lower.trim_end_matches([':', '.', '!', '…', ' ', '»', '>', '→']);
    const EXACT: &[&str] = &[
        "advertisement",
        "advert",
        "sponsored",
        "ad",
        "реклама",
        "share",
        "share this article",
        "share this",
        "comments",
        "loading",
        "loading comments",
        "more",
        "read more",
        "see also",
        "related",
        "related articles",
        "читайте также",
        "читайте також",
        "читать далее",
        "поделиться",
        "поділитися",
        "tags",
        "теги",
        "back to top",
        "print",
        "email",
    ];
    if EXACT.contains(&lower) {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "read more:",
        "read more ",
        "read also:",
        "see also:",
        "related:",
        "also read:",
        "subscribe to",
        "sign up for",
        "follow us on",
        "share on ",
        "click here",
        "continue reading",
        "читайте также:",
        "читайте також:",
        "подписывайтесь",
        "підписуйтесь",
    ];
    PREFIXES.iter().any(|p| lower.starts_with(p))
}

fn is_paragraph_tag(tag: &str) -> bool {
    matches!(tag, "p" | "pre" | "blockquote" | "li" | "td" | "dd")
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "figcaption"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "center"
            | "form"
            | "body"
            | "html"
    )
}

/// Characters of text with whitespace runs counted once.
fn visible_len(text: &str) -> usize {
    let mut len = 0;
    let mut in_space = true;
    for ch in text.chars() {
        if ch.is_whitespace() {
            if !in_space {
                len += 1;
            }
            in_space = true;
        } else {
            len += 1;
            in_space = false;
        }
    }
    len
}

pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_site_suffix(title: &str) -> String {
    for separator in [" | ", " — ", " – ", " - ", " :: "] {
        if let Some(position) = title.rfind(separator) {
            let head = &title[..position];
            if head.chars().count() >= 10 {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

fn parse_date(value: &str) -> Option<NaiveDateTime> {
    parse_published(value)
}

enum Verdict {
    Keep,
    /// Never content, whatever it holds.
    Always,
    /// Comments, ads, share bars: excluded unless it holds nearly all the page's text.
    Strong,
    /// Navigation, sidebars, headers: excluded unless it holds most of the page's text.
    Weak,
}

const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story",
];

const STRONG_NEGATIVE: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "disqus",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "sharebar",
    "social",
    "related",
    "recommended",
    "recommendations",
    "recirc",
    "trending",
    "popular",
    "mostread",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "adslot",
    "adunit",
    "sponsor",
    "sponsored",
    "promo",
    "promoted",
    "outbrain",
    "taboola",
    "paywall",
    "modal",
    "popup",
    "overlay",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "pager",
    "caption",
    "figcaption",
    "credit",
    "credits",
    "byline",
    "dateline",
    "readmore",
    "also",
    "teaser",
    "teasers",
];

const WEAK_NEGATIVE: &[&str] = &[
    "sidebar",
    "aside",
    "widget",
    "widgets",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "header",
    "masthead",
    "meta",
    "author",
    "bio",
    "tags",
    "tag",
    "topics",
    "toolbar",
    "tools",
    "utility",
    "skip",
    "timestamp",
    "banner",
    "rail",
    "links",
    "more",
    "promo",
    "extra",
];

fn class_tokens(node: &FlatNode) -> Vec<String> {
    let mut tokens = Vec::new();
    for name in ["class", "id"] {
        if let Some(value) = node.attr(name) {
            for token in value
                .to_ascii_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|t| !t.is_empty())
            {
                tokens.push(token.to_string());
            }
        }
    }
    tokens
}

fn judge(node: &FlatNode) -> Verdict {
    let tag = node.tag.as_str();
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "object" | "embed"
        | "canvas" | "button" | "input" | "select" | "textarea" | "dialog" | "figcaption"
        | "head" | "title" | "meta" | "link" | "video" | "audio" | "map" => return Verdict::Always,
        "html" | "body" | "#document" => return Verdict::Keep,
        _ => {}
    }
    if node.attr("hidden").is_some() || node.attr("aria-hidden") == Some("true") {
        return Verdict::Always;
    }
    if let Some(style) = node.attr("style") {
        let style: String = style
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return Verdict::Always;
        }
    }
    match node.attr("role").map(|r| r.to_ascii_lowercase()).as_deref() {
        Some("dialog" | "alertdialog" | "alert") => return Verdict::Strong,
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "search" | "menu") => {
            return Verdict::Weak
        }
        _ => {}
    }
    let tokens = class_tokens(node);
    if tokens.iter().any(|t| STRONG_NEGATIVE.contains(&t.as_str())) {
        return Verdict::Strong;
    }
    if matches!(tag, "nav" | "aside" | "footer" | "header" | "form" | "menu") {
        return Verdict::Weak;
    }
    if tag == "figure" {
        return Verdict::Weak;
    }
    if tokens.iter().any(|t| WEAK_NEGATIVE.contains(&t.as_str())) {
        return Verdict::Weak;
    }
    Verdict::Keep
}

/// Metadata candidates as found, chosen between at the end.
#[derive(Default)]
struct Meta {
    lang: Option<String>,
    title_tag: Option<String>,
    h1: Option<String>,
    og_title: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    site: Option<String>,
    author: Option<String>,
    rel_author: Option<String>,
    itemprop_author: Option<String>,
    article_published: Option<String>,
    other_published: Option<String>,
    ld_headline: Option<String>,
    ld_published: Option<String>,
    ld_author: Option<String>,
    ld_publisher: Option<String>,
    ld_url: Option<String>,
    ld_lang: Option<String>,
}

impl Meta {
    fn meta_tag(&mut self, node: &FlatNode) {
        let Some(content) = node
            .attr("content")
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            return;
        };
        let content = content.to_string();
        if let Some(equiv) = node.attr("http-equiv") {
            if equiv.eq_ignore_ascii_case("content-language") {
                self.lang.get_or_insert(content.clone());
            }
        }
        let key = node
            .attr("property")
            .or_else(|| node.attr("name"))
            .or_else(|| node.attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        match key.as_str() {
            "og:title" | "twitter:title" => {
                self.og_title.get_or_insert(content);
            }
            "og:url" => {
                self.og_url.get_or_insert(content);
            }
            "og:site_name" | "application-name" => {
                self.site.get_or_insert(content);
            }
            "og:locale" | "dc.language" | "language" => {
                self.lang.get_or_insert(content);
            }
            "author" | "dc.creator" | "byl" | "sailthru.author" | "parsely-author" => {
                self.author
                    .get_or_insert(content.trim_start_matches("By ").to_string());
            }
            "article:author" if !content.starts_with("http") => {
                self.author.get_or_insert(content);
            }
            "article:published_time" | "og:published_time" | "datepublished" => {
                self.article_published.get_or_insert(content);
            }
            "pubdate"
            | "publishdate"
            | "publish-date"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.created"
            | "citation_publication_date"
            | "sailthru.date"
            | "parsely-pub-date"
            | "article.published" => {
                self.other_published.get_or_insert(content);
            }
            _ => {}
        }
    }

    fn json_ld(&mut self, body: &str) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(body.trim()) else {
            return;
        };
        let mut stack = vec![&value];
        let mut visited = 0;
        while let Some(value) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                break;
            }
            match value {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(object) => {
                    let is_article = object.contains_key("datePublished")
                        || object.contains_key("headline")
                        || object.contains_key("articleBody");
                    if is_article {
                        if let Some(v) = object.get("headline").and_then(|v| v.as_str()) {
                            self.ld_headline.get_or_insert(v.to_string());
                        }
                        if let Some(v) = object.get("datePublished").and_then(|v| v.as_str()) {
                            self.ld_published.get_or_insert(v.to_string());
                        }
                        if let Some(v) = object.get("author").and_then(person_name) {
                            self.ld_author.get_or_insert(v);
                        }
                        if let Some(v) = object.get("publisher").and_then(person_name) {
                            self.ld_publisher.get_or_insert(v);
                        }
                        if let Some(v) = object.get("url").and_then(|v| v.as_str()) {
                            self.ld_url.get_or_insert(v.to_string());
                        }
                        if let Some(v) = object.get("inLanguage").and_then(|v| v.as_str()) {
                            self.ld_lang.get_or_insert(v.to_string());
                        }
                    }
                    if let Some(graph) = object.get("@graph") {
                        stack.push(graph);
                    }
                }
                _ => {}
            }
        }
    }
}

/// A JSON-LD person or organisation: a string, `{"name"}`, or a list of those (names joined).
fn person_name(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(name) => Some(name.clone()),
        serde_json::Value::Object(object) => object
            .get("name")
            .and_then(|n| n.as_str())
            .map(String::from),
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items
                .iter()
                .filter_map(|item| match item {
                    serde_json::Value::Array(_) => None,
                    other => person_name(other),
                })
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
    .filter(|n| !n.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ceasefire talks stall | The Harbour Wire</title>
<meta property="og:site_name" content="The Harbour Wire">
<meta property="article:published_time" content="2025-03-07T08:15:00+02:00">
<meta name="author" content="Lena Ortis">
<link rel="canonical" href="https://harbourwire.example/world/ceasefire-talks-stall">
<script>var tracking = "Do not include this";</script>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. Accept all?</div>
<main><article>
<h1>Ceasefire talks stall</h1>
<div class="byline">By Lena Ortis</div>
<div class="share-bar"><a href="#">Share on X</a><a href="#">Share by email</a></div>
<div class="article-body">
<p>Talks between the two delegations stalled on Thursday, officials said, after a second round in Vienna ended without a joint statement.</p>
<p>"We are not leaving the table," the foreign minister told reporters, adding that a third round was possible.</p>
<div class="ad-slot">Advertisement</div>
<p>Both sides accused each other of shelling near the river, and observers said the reports could not be verified.</p>
</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier talks collapse</a></li><li><a href="/b">Who is who in Vienna</a></li></ul></aside>
</article></main>
<section id="comments"><h3>Comments</h3><p>Anonymous: This is all nonsense and I have said so for a long time, believe me.</p></section>
<footer>© The Harbour Wire. All rights reserved.</footer>
</body></html>"##;

    #[test]
    fn main_text_and_metadata() {
        let page = parse_page(PAGE);
        assert_eq!(page.title.as_deref(), Some("Ceasefire talks stall"));
        assert_eq!(
            page.url.as_deref(),
            Some("https://harbourwire.example/world/ceasefire-talks-stall")
        );
        assert_eq!(
            page.published.map(|d| d.to_string()).as_deref(),
            Some("2025-03-07 08:15:00")
        );
        assert_eq!(page.author.as_deref(), Some("Lena Ortis"));
        assert_eq!(page.lang, Some(Lang::En));
        assert_eq!(page.site.as_deref(), Some("The Harbour Wire"));
        let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{}", page.text);
        assert!(paragraphs[0].starts_with("Talks between"));
        assert!(paragraphs[2].ends_with("could not be verified."));
        for junk in [
            "cookies",
            "Share",
            "Advertisement",
            "nonsense",
            "Related",
            "Home",
            "tracking",
        ] {
            assert!(!page.text.contains(junk), "{junk} in {}", page.text);
        }
    }

    #[test]
    fn json_ld_and_time_supply_dates() {
        let page = parse_page(
            r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2025-06-01T10:00:00Z","author":[{"@type":"Person","name":"A. Writer"}]}]}</script></head><body><p>Some text of reasonable length for the extractor to keep, with commas, too.</p></body></html>"#,
        );
        assert_eq!(page.title.as_deref(), Some("H"));
        assert_eq!(page.author.as_deref(), Some("A. Writer"));
        assert_eq!(
            page.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-01 10:00:00")
        );
        let page = parse_page(
            r#"<html><body><article><time datetime="2025-06-02">June 2</time><p>Text of the article that is long enough to be scored as a paragraph.</p></article></body></html>"#,
        );
        assert_eq!(
            page.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-02 00:00:00")
        );
    }

    #[test]
    fn an_article_named_after_its_comments_is_kept() {
        let page = parse_page(
            r#"<html><body><article class="post has-comments hidden-print"><p>The article text is here and it is long enough to count, with commas, too.</p><p>A second paragraph of the article, also long enough to be kept by the scorer.</p><ol class="comment-list"><li><p>A comment that must not be kept, even though it is long enough.</p></li></ol></article></body></html>"#,
        );
        assert!(page.text.starts_with("The article text"), "{}", page.text);
        assert!(!page.text.contains("comment that"), "{}", page.text);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(5_000) + "deep text" + &"</div>".repeat(10);
        let page = parse_page(&html);
        assert!(page.text.contains("deep text"));
    }

    #[test]
    fn fragments_keep_paragraphs_and_breaks() {
        assert_eq!(
            fragment_text("<p>One <b>two</b></p><p>three<br>four</p><script>x</script>"),
            "One two\n\nthree\nfour"
        );
    }
}
