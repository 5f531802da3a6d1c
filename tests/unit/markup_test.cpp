// HTML and Markdown extraction: only prose is linted, and every finding points at the
// line and column of the source file, across entities, emphasis and line breaks.
#include <catch2/catch.hpp>

#include "input/html.hpp"
#include "input/markdown.hpp"
#include "text/suppression.hpp"
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace medlint;

namespace {

const std::string phrase_pack = R"({"pack": "t", "rules": [{"id": "spinner/p", "category": "spinner", "severity": "warning",
  "kind": "phrases", "phrases": ["heart assault", "important signs"], "message": "m",
  "explain": {"text": "t", "bad": "b", "good": "g"}}]})";

std::vector<ReportedFinding> lint_as(const std::string& name, const std::string& text) {
  static const RuleSet set = test::rules_from({phrase_pack});
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  const Engine engine(set.select({}, {}));
  return lint_text(name, text, engine, diagnostics).findings;
}

}  // namespace

TEST_CASE("HTML: positions are in the source / across entities and tags", "[markup]") {
  const std::string html =
      "<html><head><title>T</title></head><body>\n"
      "<p>Caf&eacute; &amp; <b>heart</b> assault here.</p>\n"
      "<p>Second &#8212; important\n   signs.</p></body></html>\n";
  const auto found = lint_as("page.html", html);
  REQUIRE(found.size() == 2);
  CHECK(found[0].line == 2);
  CHECK(found[0].column == 25);  // the 'h' of <b>heart</b>
  CHECK(found[0].end_line == 2);
  CHECK(found[0].end_column == 41);  // the last 't' of "assault", after </b>
  CHECK(found[0].matched == "heart assault");
  CHECK(found[1].line == 3);
  CHECK(found[1].column == 19);
  CHECK(found[1].end_line == 4);
}

TEST_CASE("HTML: scripts / styles / navigation / hidden elements and comments are not prose", "[markup]") {
  const std::string html =
      "<html><head><style>.x{} heart assault</style><script>heart assault</script></head><body>"
      "<nav>heart assault</nav><header>heart assault</header><footer>heart assault</footer><aside>heart assault</aside>"
      "<form><label>heart assault</label></form><p hidden>heart assault</p><div aria-hidden=\"true\">heart assault</div>"
      "<!-- heart assault --><template>heart assault</template><p>Clean text.</p></body></html>";
  CHECK(lint_as("page.html", html).empty());
  const ExtractedText text = extract_html_text(html);
  CHECK(text.text.find("Clean text.") != std::string::npos);
  CHECK(text.text.find("assault") == std::string::npos);
}

TEST_CASE("HTML: the visible text of footers and asides is kept apart from the prose", "[markup]") {
  const ExtractedText text = extract_html_text(
      "<body><p>Prose.</p><footer><p>Not medical\n advice.</p><p>Ask&nbsp;your doctor.<script>x()</script>"
      "<span hidden>secret</span><button>Accept</button></p></footer><aside>Side <b>note</b></aside>"
      "<nav>Menu</nav></body>");
  CHECK(text.text.find("medical") == std::string::npos);
  CHECK(text.metadata.furniture_text == "Not medical advice. Ask your doctor. Side note ");
  // A hostile footer cannot make the copy grow without bound.
  std::string huge = "<p>Prose.</p><footer>";
  for (int i = 0; i < 20000; ++i) huge += "<p>word word word word</p>";
  huge += "</footer>";
  CHECK(extract_html_text(huge).metadata.furniture_text.size() <= 64 * 1024);
}

TEST_CASE("HTML: the title names the page in the browser / its h1 is the title the page shows", "[markup]") {
  const std::string html =
      "<html><head><title>Kratom and Sleep</title></head><body>\n"
      "<h1>Kratom and Sleep</h1>\n<p>Kratom is a plant from Southeast Asia.</p></body></html>";
  const ExtractedText text = extract_html_text(html);
  CHECK(text.text.find("Kratom and Sleep") == text.text.rfind("Kratom and Sleep"));
  CHECK(test::run_rule("boilerplate/repeated-title", html, "page.html").empty());
  // The same title twice in the page itself is still what a scraper leaves.
  CHECK(test::run_rule("boilerplate/repeated-title", "<html><body><h1>Kratom and Sleep</h1><h1>Kratom and Sleep</h1>"
                       "<p>Kratom is a plant.</p></body></html>", "page.html").size() == 1);
}

TEST_CASE("HTML: a photo credit in a figcaption is the page's caption / not a scraped label", "[markup]") {
  const std::string caption =
      "<html><body><p>Kratom is a plant.</p><figure><img src=\"a.jpg\"><figcaption>Photo by Getty Images</figcaption></figure>"
      "<p>It grows in Southeast Asia.</p></body></html>";
  CHECK(test::run_rule("boilerplate/page-label", caption, "page.html").empty());
  const std::string paragraph =
      "<html><body><p>Kratom is a plant.</p><p>Photo by Getty Images</p><p>It grows in Southeast Asia.</p></body></html>";
  CHECK(test::matched(test::run_rule("boilerplate/page-label", paragraph, "page.html")) == std::vector<std::string>{"Photo by Getty Images"});
}

TEST_CASE("HTML: an article's own header is read / the site's masthead is not", "[markup]") {
  const ExtractedText text = extract_html_text(
      "<body><header><h1>SlimHealth</h1><ul><li>Drugs</li></ul></header>"
      "<article><header><h1>Ozempic for weight loss</h1><p>By Ana Ruiz \xC2\xB7 Updated March 2, 2026</p></header>"
      "<p>Semaglutide is a weekly injection.</p></article></body>");
  CHECK(text.text.find("SlimHealth") == std::string::npos);
  CHECK(text.text.find("Drugs") == std::string::npos);
  CHECK(text.text.find("By Ana Ruiz \xC2\xB7 Updated March 2, 2026") != std::string::npos);
  // So the byline counts for the attribution rules; in a masthead it does not.
  const std::string byline = "<header><h1>Ozempic</h1><p>By Ana Ruiz, MD. Updated March 2, 2026.</p></header>";
  const std::string body = "<p>Semaglutide is a weekly injection.</p>";
  for (const char* rule : {"attribution/no-author", "attribution/no-date"}) {
    INFO(rule);
    CHECK(test::run_rule(rule, "<main>" + byline + body + "</main>", "page.html").empty());
    CHECK(test::run_rule(rule, byline + "<main>" + body + "</main>", "page.html").size() == 1);
    // A page with no <article> or <main>: a header with the <h1> and without a menu, list or
    // form is the article's.
    CHECK(test::run_rule(rule, "<body>" + byline + body + "</body>", "page.html").empty());
    CHECK(test::run_rule(rule, "<body><header><nav><a href=/>Home</a></nav><p>By Ana Ruiz, MD. Updated March 2, 2026.</p></header>" +
                                   body + "</body>",
                         "page.html")
              .size() == 1);
  }
}

TEST_CASE("HTML: author / date and links outside the prose are the page's metadata", "[markup]") {
  const ExtractedText meta = extract_html_text(
      "<html><head><meta name=\"Author\" content=\" Ana Ruiz \"><meta property=\"article:published_time\" "
      "content=\"2025-09-01\"><meta name=\"description\" content=\"About kratom\"></head>"
      "<body><nav><a href=\"https://example.org/\">Home</a></nav>"
      "<p>See <a href=\"https://www.ncbi.nlm.nih.gov/books/NBK548231/\">LiverTox</a> and <a href=\"/more\">more</a>.</p>"
      "<footer><a href=\"https://example.org/privacy\">Privacy</a></footer></body></html>");
  CHECK(meta.metadata.authors == std::vector<std::string>{"Ana Ruiz"});
  CHECK(meta.metadata.dates == std::vector<std::string>{"2025-09-01"});
  CHECK(meta.metadata.outside_links() == 1);  // not the navigation's or the footer's, not a link within the site
  const ExtractedText json_ld = extract_html_text(
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"MedicalWebPage\", \"datePublished\": "
      "\"2024-05-02\", \"author\": [{\"@type\": \"Person\", \"name\": \"Sam Lee\"}], \"reviewedBy\": \"Dr. Kim\"}]}</script>"
      "<script type=\"application/ld+json\">{not json</script><p>By the way, <time datetime=\"2024-06-01\">June</time>.</p>"
      "<p><a rel=\"author\" href=\"/team/jo\">Jo Park</a></p>");
  CHECK(json_ld.metadata.authors == std::vector<std::string>{"Sam Lee", "Dr. Kim", "Jo Park"});
  CHECK(json_ld.metadata.dates == std::vector<std::string>{"2024-05-02", "2024-06-01"});
  // A page that names its own address: links back to its own site are not sources.
  const ExtractedText own = extract_html_text(
      "<head><link rel=\"canonical\" href=\"https://www.SlimHealth.example/ozempic\"></head>"
      "<p><a href=\"https://slimhealth.example/start\">Start your plan</a> or read "
      "<a href=\"https://www.fda.gov/drugs\">the FDA</a>.</p>");
  CHECK(own.metadata.link_hosts == std::vector<std::string>{"slimhealth.example", "fda.gov"});
  CHECK(own.metadata.outside_links() == 1);
  CHECK(web_link_host("HTTPS://user@Example.org:8080/x?y") == "example.org");
  CHECK(web_link_host("mailto:a@b.org") == std::nullopt);
  // So the attribution rules accept them; a page without them still lacks an author, a date and sources.
  const std::string page = "<html><head><meta name=\"author\" content=\"Ana Ruiz\"><meta name=\"date\" content=\"2025-09-01\">"
                           "</head><body><p>Kratom has been linked to liver injury "
                           "(<a href=\"https://www.ncbi.nlm.nih.gov/books/NBK548231/\">LiverTox</a>).</p></body></html>";
  const std::string bare = "<html><body><p>Kratom has been linked to liver injury (<a href=\"/livertox\">LiverTox</a>).</p></body></html>";
  for (const char* rule : {"attribution/no-author", "attribution/no-date", "attribution/no-references"}) {
    INFO(rule);
    CHECK(test::run_rule(rule, page, "page.html").empty());
    CHECK(test::run_rule(rule, bare, "page.html").size() == 1);
  }
}

TEST_CASE("HTML and Markdown: a call word that is a real link is not pasted link text", "[markup]") {
  const std::string html = "<p>Pancreatitis has been reported. <a href=\"/side-effects\">Read more</a></p>"
                           "<p>It resolves after the infusion and <a href=\"/x\">Learn</a>.</p>";
  CHECK(test::run_rule("boilerplate/anchor-text", html, "page.html").empty());
  CHECK(test::run_rule("boilerplate/anchor-text", "Pancreatitis has been reported [read more](/side-effects) in trials.\n", "d.md").empty());
  // The same words as plain text are what a scrape left; spun backlink text is spam even as a link.
  CHECK(test::run_rule("boilerplate/anchor-text", "It resolves after the infusion and Learn.\n", "t.txt").size() == 1);
  CHECK(test::matched(test::run_rule("boilerplate/anchor-text",
                                     "<p>Ketamine is an anesthetic <a href=\"https://spam.example/\">click the up coming web page</a> "
                                     "that blocks receptors. Its effect <b>Read More</b> fades.</p>",
                                     "page.html")) == std::vector<std::string>{"click the up coming web page", "Read More"});
  const ExtractedText text = extract_html_text("<p>A <a href=\"/a\">first</a> and <a href=\"/b\">second link</a>.</p>");
  REQUIRE(text.metadata.link_texts.size() == 2);
  CHECK(text.text.substr(text.metadata.link_texts[1].begin, text.metadata.link_texts[1].size()) == "second link");
}

TEST_CASE("HTML and Markdown: a web link in the sentence or the next cites a research claim", "[markup]") {
  const std::string html = "<p>Studies show that ketamine lifts mood within hours, according to "
                           "<a href=\"https://pubmed.ncbi.nlm.nih.gov/10686270/\">this trial</a>.</p>"
                           "<p>Research shows that zinc shortens colds, as <a href=\"/zinc\">our zinc page</a> explains.</p>";
  CHECK(test::matched(test::run_rule("attribution/unsupported-claim", html, "page.html")) ==
        std::vector<std::string>{"Research shows"});
  const std::string md = "Studies show that ketamine lifts mood, see <https://pubmed.ncbi.nlm.nih.gov/10686270/>.\n\n"
                         "Research shows that kratom harms the liver. So [this review](https://example.org/r) found.\n\n"
                         "Studies show that zinc works, as [our page](/zinc) says.\n";
  CHECK(test::matched(test::run_rule("attribution/unsupported-claim", md, "draft.md")) == std::vector<std::string>{"Studies show"});
  const ExtractedText text = extract_markdown_text(md);
  CHECK(text.metadata.web_link_texts.size() == 2);
  CHECK(text.metadata.web_link_in({0, text.text.find("lifts")}) == false);
}

TEST_CASE("HTML: blocks are separate sentences and entities are decoded", "[markup]") {
  const ExtractedText text = extract_html_text("<h1>Title</h1><p>One&nbsp;two &lt;three&gt;</p><ul><li>Item</li></ul>");
  CHECK(text.text == "Title\n\nOne two <three>\n\nItem\n\n");
  CHECK(decode_html_entities("caf&eacute; &amp; &#x2014;") == "café & —");
}

TEST_CASE("HTML: superscript reference numbers read as bracketed citations", "[markup]") {
  const ExtractedText text = extract_html_text(
      "<p>It works.<sup>1</sup> It fades.<sup><a href=\"#r2\">2,3</a></sup> Area 2 m<sup>2</sup>; the 1<sup>st</sup> dose."
      " Spun.<sup>two</sup> Next</p>");
  CHECK(text.text == "It works.[1] It fades.[2,3] Area 2 m[2]; the 1st dose. Spun.two Next\n\n");
  // So the citation rules see well-formed markers, while a spelled-out one is still reported.
  const std::string page = "<p>Ketamine lifts mood in hours.<sup>1</sup> The effect fades.<sup>2,3</sup></p>"
                           "<p>It blocks interneurons.<sup>two</sup> This matters.</p>";
  CHECK(test::run_rule("citation/glued-superscript", page, "p.html").empty());
  CHECK(test::matched(test::run_rule("citation/glued-number-word", page, "p.html")) == std::vector<std::string>{"two"});
}

TEST_CASE("HTML: a page nested 100000 levels deep is walked without recursion", "[markup]") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "heart assault";
  const ExtractedText text = extract_html_text(html);
  CHECK(text.text.find("heart assault") != std::string::npos);
}

TEST_CASE("Markdown: prose only / with positions in the file", "[markup]") {
  const std::string md =
      "---\ntitle: heart assault\n---\n"
      "# The *heart* assault\n"
      "\n"
      "A [link](https://x.org/heart-assault) and `heart assault` code, and important\n"
      "signs across a soft break.\n"
      "\n"
      "```\nheart assault\n```\n"
      "<!-- heart assault -->\n"
      "- item: heart assault\n";
  const auto found = lint_as("draft.md", md);
  REQUIRE(found.size() == 3);
  CHECK(found[0].line == 4);
  CHECK(found[0].column == 8);   // 'h' of *heart*
  CHECK(found[0].end_column == 21);
  CHECK(found[1].line == 6);
  CHECK(found[1].column == 69);  // "important"
  CHECK(found[1].end_line == 7);
  CHECK(found[2].line == 13);
  CHECK(found[2].column == 9);
}

TEST_CASE("Markdown: front matter author / date and web links are the page's metadata", "[markup]") {
  const ExtractedText text = extract_markdown_text(
      "---\ntitle: \"Kratom\"\nAuthor: \"Dr. Sam Lee\"\nreviewed-by:\n  - Ana Ruiz\n  - name: Jo Park\ndate: 2025-11-02\n"
      "tags: [kratom]\n---\n# Kratom\nSee [LiverTox](https://www.ncbi.nlm.nih.gov/books/NBK548231/), [our guide](/guide) "
      "and <https://www.fda.gov/>.\n");
  CHECK(text.metadata.authors == std::vector<std::string>{"Dr. Sam Lee", "Ana Ruiz", "Jo Park"});
  CHECK(text.metadata.dates == std::vector<std::string>{"2025-11-02"});
  CHECK(text.metadata.outside_links() == 2);
  const ExtractedText none = extract_markdown_text("# Kratom\ntitle: x\nauthor: not front matter\n");
  CHECK(none.metadata.authors.empty());
  // A footnote reference is a citation marker.
  const std::string draft = "---\nauthor: Sam Lee\ndate: 2025-11-02\n---\nKratom can injure the liver.[^1]\n\n[^1]: Schimmel J. Drugs. 2020.\n";
  for (const char* rule : {"attribution/no-author", "attribution/no-date", "attribution/no-references"}) {
    INFO(rule);
    CHECK(test::run_rule(rule, draft, "draft.md").empty());
    CHECK(test::run_rule(rule, "Kratom can injure the liver.\n", "draft.md").size() == 1);
  }
}

TEST_CASE("Markdown: headings and list items are their own sentences", "[markup]") {
  const Document doc("d.md", "# Heading without stop\n- first item\n- second item\n\nA paragraph\nwrapped here.\n", {},
                     extract_markdown_text);
  std::vector<std::string> sentences;
  for (const auto& s : doc.sentences()) sentences.emplace_back(doc.text().substr(s.begin, s.size()));
  CHECK(sentences == std::vector<std::string>{"Heading without stop", "first item", "second item", "A paragraph wrapped here."});
}

TEST_CASE("the input format comes from the name or from --input-format", "[markup]") {
  test::TempDir dir;
  const std::string page = "<p>The <i>heart</i> assault.</p>\n";
  auto as_html = test::run_medlint({"check", "--format", "json", "--ignore", "attribution", "--stdin-filename", "page.html", "-"}, dir.path(), page);
  auto report = nlohmann::json::parse(as_html.out);
  REQUIRE(report["files"][0]["findings"].size() == 2);  // disclaimer + tortured phrase
  CHECK(report["files"][0]["findings"][1]["column"] == 11);  // the h of <i>heart</i>
  auto as_text = test::run_medlint({"check", "--format", "json", "--ignore", "attribution", "--input-format", "text", "--stdin-filename", "page.html", "-"},
                                   dir.path(), page);
  CHECK(nlohmann::json::parse(as_text.out)["files"][0]["findings"].size() == 1);  // "<i>" breaks the phrase
  auto bad = test::run_medlint({"check", "--encoding", "no-such-charset", "-"}, dir.path(), page);
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("unknown encoding 'no-such-charset'"));
}

TEST_CASE("suppression comments work in Markdown and HTML", "[markup]") {
  const std::string md =
      "# Page\n\n"
      "<!-- medlint-disable spinner/p -->\nA heart assault here is quoted on purpose.\n<!-- medlint-enable spinner/p -->\n\n"
      "A heart assault here is not.\n\n"
      "<!-- medlint-disable-next-line spinner -->\nImportant signs on this line are allowed.\nImportant signs on this one are not.\n";
  const auto found = lint_as("page.md", md);
  REQUIRE(found.size() == 2);
  CHECK(found[0].line == 7);
  CHECK(found[1].line == 11);

  const std::string html = "<html><body><!-- medlint-disable-file -->\n<p>Heart assault.</p></body></html>";
  CHECK(lint_as("page.html", html).empty());
  const std::string other = "<html><body><!-- medlint-disable-file ocr -->\n<p>Heart assault.</p></body></html>";
  CHECK(lint_as("page.html", other).size() == 1);
  // Plain text has no comments: a directive is a line of its own, bare or as a comment.
  CHECK(lint_as("page.txt", "<!-- medlint-disable-file -->\nHeart assault.").empty());
  CHECK(lint_as("page.txt", "medlint-disable-next-line spinner\nHeart assault.\nHeart assault.").size() == 1);
  // Inside a sentence the words are prose, not a directive.
  CHECK(lint_as("page.txt", "We use medlint-disable-file here.\nHeart assault.").size() == 1);
}

TEST_CASE("medlint-disable-line suppresses its own line only", "[markup]") {
  const std::string md = "A heart assault here. <!-- medlint-disable-line spinner -->\nA heart assault there.\n";
  const auto found = lint_as("page.md", md);
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 2);
}

TEST_CASE("suppression directives are parsed like ESLint's", "[markup]") {
  const auto next = parse_suppression("<!-- medlint-disable-next-line spinner/x, ocr -->", 5);
  REQUIRE(next);
  CHECK(next->kind == SuppressionDirective::Kind::disable_next_line);
  CHECK(next->targets == std::vector<std::string>{"spinner/x", "ocr"});
  CHECK(parse_suppression(" medlint-enable ", 0)->kind == SuppressionDirective::Kind::enable);
  CHECK_FALSE(parse_suppression("<!-- medlint-disabled -->", 0));
  CHECK_FALSE(parse_suppression("<!-- a note -->", 0));
}
