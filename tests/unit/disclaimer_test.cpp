// The disclaimer gate and the JAMA attribution rules: wordings, positions, markup, halves,
// what must not count, and the configuration a publisher uses.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "test_support.hpp"

using namespace medlint;
using nlohmann::json;

namespace {

std::vector<std::string> disclaimer_rules(const std::string& name, const std::string& text) {
  static const RuleSet set = load_rule_set(true, {});
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  const Engine engine(set.select({"disclaimer"}, {}), &test::default_catalog());
  std::vector<std::string> out;
  for (const auto& f : lint_text(name, text, engine, diagnostics).findings) out.push_back(f.rule);
  return out;
}

const std::vector<std::string> none;
const std::vector<std::string> missing{"disclaimer/missing"};
const std::vector<std::string> incomplete{"disclaimer/incomplete"};

}  // namespace

TEST_CASE("disclaimer: many wordings pass", "[disclaimer]") {
  const char* pages[] = {
      "Body.\nThis article is for informational purposes only and is not medical advice. Consult your doctor.",
      "Body.\nThis content is not a substitute for professional medical advice; speak with your pharmacist.",
      "Body.\nFor educational purposes only. Please seek advice from a qualified healthcare professional.",
      "Body.\nThe information here does not constitute medical advice. Always talk to your oncologist.",
      "Body.\nThis guide does not replace the advice of your cardiologist.\nIt is for general information only.",
      "Body.\nNothing on this page should be taken as medical advice. If you have questions, talk to your prescriber.",
      "Body.\nDisclaimer: The information provided is general in nature. Consult a qualified medical professional.",
      "Body.\nThis guide is not a substitute for care from a licensed clinician. Contact your healthcare provider.",
      "Body.\nMedical Disclaimer: All content is for educational purposes. Please consult a licensed physician.",
      "Body.\nIt should not be relied on as medical advice; speak with a qualified clinician about your situation.",
      "Body.\nNothing in this article constitutes medical advice. Check with your GP or pharmacist.",
      "Body.\nInformation here is educational only. Consult a doctor.",
      "Body.\nWe are not doctors. Please speak to a medical professional before trying any treatment.",
      // A blogger's referral to the reader's own doctor ("yours").
      "I'm not a doctor, so please talk to yours before you start anything.\nBody.\nDisclaimer: this is my personal experience, not medical advice.",
      // A patient's story: the writer is no professional, the story no advice.
      "Body.\nIf you're struggling, please talk to a doctor. I'm not a medical professional, and this is just my story, not advice.",
      // A legal guide's two disclaimers in one: neither kind of advice, and who to ask for each.
      "Body.\nThis guide is not legal or medical advice; ask a lawyer about the law and a doctor about your health.",
      "Body.\nThis leaflet gives general information and is not a substitute for advice from your GP, nurse or pharmacist.",
      // The statement names who it does not replace: that is the referral.
      ("Body.\nDisclaimer: This article is not intended to replace a one-on-one relationship with a qualified health care "
       "professional and is not intended as medical advice."),
      "Body.\nThis page is for informational purposes only and is not a replacement for a visit to your doctor.",
      "Body.\nThis post is for entertainment purposes only. Speak with your healthcare provider before starting any new medication.",
      // A paraphraser's referral ("Talk with" turned "Converse with").
      "Body.\nThis article is for informational purposes only. Converse with your primary care physician before you start.",
      // Written for clinicians: clinical judgment is what the page does not replace.
      "Body.\nThis content does not replace clinical judgment. Patients should consult their own physician.",
      // Addressed to professionals, a page has no one to refer its readers to.
      "Body.\nThis article is for healthcare professionals and is not medical advice for individual patients.",
      // A word-swapping spinner's disclaimer still is one (tortured-phrase reports its words).
      "Body.\nThis text is for informational functions solely. Discuss to your physician earlier than beginning any new medicine.",
      // A round-trip translation's: "Call your doctor" became "Name your physician".
      "Body.\nName your physician instantly if the pain persists.\nThis text is for basic data solely and isn't an alternative to skilled medical recommendation.",
      // Other spinners' disclaimers: "purposes" as "reasons" or "uses", "doctor" as "health practitioner"
      // or "healthcare experienced", "professional advice" as "qualified health-related tips".
      "Body.\nThis write-up is for informational reasons only. Speak to your health practitioner ahead of starting up any new treatment.",
      "Body.\nThis page is for instructional uses only and is not a substitute for qualified health-related tips. Often seek advice from your medical doctor.",
      "Body.\nDisclaimer: This article is for informational reasons only. Check with a healthcare experienced before use.",
      "Body.\nThis content is not intended to be a substitute for skilled advice. Constantly find the advice of your health practitioner.",
      // QuillBot's "healthcare provider": "medical services supplier".
      "Body.\nTalk with your medical services supplier about other therapies.\nThis article is for educational purposes just and isn't planned as clinical counsel.",
      // A patient leaflet's wording.
      "Body.\nThis leaflet does not take the place of talking with your healthcare provider about your condition.",
      // A clinic writing in Indian English.
      "Body.\nDisclaimer: Information on this page is for awareness only and not a substitute of medical consultation. "
      "Please consult qualified psychiatrist before taking any treatment.",
      // A hospital blog's: general information, and specific advice from the reader's physician.
      ("Body.\nThis blog shares general information about navigating the health care system. For specific medical advice "
       "about your own problems, talk to your personal physician."),
      // Health sites' house wordings: never ignore advice, guidance, recommendations, use, risk, visits.
      "Body.\nThis article does not provide medical advice. Never ignore professional medical advice because of something you read here.",
      "Body.\nThis is not a substitute for the guidance of your doctor. Don't delay seeking care if you feel unwell.",
      "Body.\nNothing here should be taken as a recommendation to change a medication. Discuss your options with your prescriber.",
      "Body.\nThis article is provided for educational use only. Talk with your doctor before using kratom.",
      "Body.\nReliance on anything here is solely at your own risk. Consult a qualified medical professional about your health.",
      "Body.\nThis page is not a replacement for a visit with your doctor. Seek medical care if symptoms get worse, and ask your doctor.",
      "Body.\nWe do not provide medical advice. Information here should be discussed with a qualified healthcare practitioner.",
      // US health sites' "your provider", a clinician's judgement or care as what the page does
      // not replace, and "your own doctor can tell you".
      "Body.\nContent is reviewed by clinicians but is not a substitute for individualized medical advice. Contact your provider with questions.",
      "Body.\nThis content is not a substitute for the judgement of a clinician who knows your history.",
      "Body.\nInformation here is educational and not a replacement for care from a licensed professional.",
      "Body.\nThis guide is general information, not personal medical advice. Your own doctor can tell you whether it suits you.",
      // The standard disclaimer through Spinbot and QuillBot (tortured-phrase reports the words).
      "Body.\nThis article is for informational purposes as it were and isn't a substitute for proficient therapeutic exhortation. Counsel your specialist.",
      "Body.\nThe data on this site is implied for instructive purposes as it were. Continuously look for the guidance of your doctor or other qualified wellbeing supplier.",
      "Body.\nNever dismiss proficient clinical exhortation or postpone in looking for it. The content is for educational purposes only.",
      "Body.\nThe substance of this article is given to enlightening purposes just and ought not be viewed as clinical counsel. Talk with your medical care supplier.",
      "Body.\nThis content is for educational purposes just and isn't expected to fill in as clinical guidance. Continuously talk with your PCP prior to beginning any treatment.",
      "Body.\nDisclaimer: The data on this site isn't planned to supplant proficient clinical exhortation. Continuously look for the counsel of your doctor.",
      // A primary care doctor, and "reach out to" as the referral's verb.
      "Body.\nThis post does not offer medical advice. If you have questions about your health, reach out to a licensed clinician.",
      "Body.\nNot medical advice. Check in with your primary care physician before you start.",
  };
  for (const char* page : pages) {
    INFO(page);
    CHECK(disclaimer_rules("p.txt", page) == none);
  }
}

TEST_CASE("disclaimer: halves / absence and line breaks", "[disclaimer]") {
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.") == missing);
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nFor informational purposes only.") == incomplete);
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nAsk your doctor first.") == incomplete);
  // A provider that is not the reader's, and a doctor who cannot help, refer no one.
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nFor informational purposes only. Call the insurance provider about costs.") == incomplete);
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nFor informational purposes only. Your doctor cannot prescribe zinc.") == incomplete);
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nWe are not doctors. Reach out to us with questions about our products.") == incomplete);
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nIt is not a replacement for professional medical care.") == incomplete);
  // "Yours" is the reader's doctor only after the writer says they are not one.
  CHECK(disclaimer_rules("p.txt", "Zinc may shorten colds.\nNot medical advice. My results are not yours; ask yours.") == incomplete);
  // Body text that only resembles a disclaimer's first half does not make one.
  CHECK(disclaimer_rules("p.txt", "Zinc is not a substitute for antibiotics. Ask your doctor first.") == incomplete);
  CHECK(disclaimer_rules("p.txt", "Zinc.\nThis is not\nmedical advice. Please talk\nto your doctor.") == none);
}

TEST_CASE("disclaimer: markup does not hide one / comments and scripts do not make one", "[disclaimer]") {
  CHECK(disclaimer_rules("p.md", "Zinc.\n\n**Disclaimer:** *not medical advice*. [Ask your doctor](https://x.org).") == none);
  CHECK(disclaimer_rules("p.html", "<p>Zinc.</p><p><b>Not</b> medical advice. <a href=/d>Consult your doctor</a>.</p>") == none);
  CHECK(disclaimer_rules("p.html", "<p>Zinc.</p><!-- Not medical advice. Consult your doctor. -->") == missing);
  CHECK(disclaimer_rules("p.html", "<p>Zinc.</p><script>'Not medical advice. Consult your doctor.'</script>") == missing);
  CHECK(disclaimer_rules("p.md", "Zinc.\n\n```\nNot medical advice. Consult your doctor.\n```\n") == missing);
}

TEST_CASE("disclaimer: a site's footer or aside under the article holds one / not when hidden or required first", "[disclaimer]") {
  const std::string footer =
      "<footer><p>The content on this site is for informational purposes only and is not intended as medical "
      "advice.</p><p>Always seek the guidance of your&nbsp;doctor.</p></footer>";
  CHECK(disclaimer_rules("p.html", "<article><p>Zinc.</p></article>" + footer) == none);
  CHECK(disclaimer_rules("p.html", "<article><p>Zinc.</p><aside>Not medical advice.</aside></article>") == incomplete);
  // One half in the article, the other in the footer: a reader sees both.
  CHECK(disclaimer_rules("p.html", "<p>Zinc. Not medical advice.</p><footer>Consult your doctor.</footer>") == none);
  CHECK(disclaimer_rules("p.html", "<p>Zinc.</p><footer hidden>Not medical advice. Consult your doctor.</footer>") == missing);
  CHECK(disclaimer_rules("p.html", "<p>Zinc.</p><footer><script>'Not medical advice. Consult your doctor.'</script></footer>") ==
        missing);
  // A footer is not in the first lines a publisher may require the disclaimer in.
  test::TempDir dir;
  test::write_file(dir.path() / ".medlint.json", R"({"rule_options": {"disclaimer/missing": {"within": {"first_lines": 3}}}})");
  test::write_file(dir.path() / "a.html", "<p>Zinc.</p>" + footer);
  const auto run = test::run_medlint({"check", "--select", "disclaimer", "--format", "json", "."}, dir.path());
  const json report = json::parse(run.out);
  REQUIRE(report["files"][0]["findings"].size() == 1);
  CHECK(report["files"][0]["findings"][0]["rule"] == "disclaimer/missing");
}

TEST_CASE("attribution: claims need a citation nearby - pages need sources / an author and a date", "[disclaimer]") {
  const RuleSet set = load_rule_set(true, {});
  const Engine engine(set.select({"attribution"}, {}), &test::default_catalog());
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  auto rules_of = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : lint_text("p.txt", text, engine, diagnostics).findings) out.push_back(f.rule);
    return out;
  };
  CHECK(rules_of("Studies have proven that zinc works.") ==
        std::vector<std::string>{"attribution/no-author", "attribution/no-date", "attribution/no-references",
                                 "attribution/unsupported-claim"});
  const std::string sourced = "By Ann Lee, MD. Updated 3 May 2024.\nStudies have shown that zinc helps [1]. Research shows more (Smith et al. 2020).\n";
  CHECK(rules_of(sourced).empty());
  // Unnamed scientists and doctors; with a citation, and one's own data, they are sourced.
  const std::string bylined = "By Ann Lee, MD. Updated 3 May 2024. Zinc helps [1].\n";
  CHECK(rules_of(bylined + "Scientists have found that zinc works.\nDoctors say zinc is safe.\n") ==
        std::vector<std::string>{"attribution/unsupported-claim", "attribution/unsupported-claim"});
  CHECK(rules_of(bylined + "Doctors say zinc is safe (Smith et al., 2021).\nOur data show nothing new.\n").empty());
  // A news page quotes a named doctor in the next sentence: the source is named.
  CHECK(rules_of(bylined + "Experts say zinc works. \"It helps,\" said Dr. Omar Haddad, an endocrinologist.\n").empty());
  CHECK(rules_of(bylined + "Experts say zinc works. Dr. Jane Roe, a psychiatrist at Yale, said it helps.\n").empty());
  CHECK(rules_of(bylined + "Experts say zinc works. Ask Dr. Google, said nobody.\n") == std::vector<std::string>{"attribution/unsupported-claim"});
  // A seller's wording the story quotes inside its own sentence is reported, not made.
  CHECK(rules_of(bylined + "Another site claims its pills are \"clinically proven to melt fat.\" They are not.\n").empty());
  // A blog's posting line names its author too; "posted by the team" names nobody.
  CHECK(rules_of("Posted on June 12, 2024 by Jamie R.\nZinc helps [1].\n").empty());
  CHECK(rules_of("Published by Dana Cho on 3 May 2024.\nZinc helps [1].\n").empty());
  CHECK(rules_of("Posted on June 12, 2024 by the team.\nZinc helps [1].\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("Updated 3 May 2024.\nby the way, zinc helps [1].\n") == std::vector<std::string>{"attribution/no-author"});
  // A named team is the page's author, on a byline line of its own; an agency a sentence
  // names as a publisher is not.
  CHECK(rules_of("Updated March 4, 2024 by the Riverside Psychiatry clinical team\nZinc helps [1].\n").empty());
  CHECK(rules_of("Updated 3 May 2024.\nPublished in 2019 by the FDA, the warning covers zinc [1].\n") ==
        std::vector<std::string>{"attribution/no-author"});
  // A regulator's review, or a review that did not happen, names no author.
  CHECK(rules_of("Updated 3 May 2024.\nCompounded zinc is not reviewed by the FDA [1].\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("Updated 3 May 2024.\nZinc was reviewed by the FDA in 2020 [1].\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("Updated 3 May 2024. Medically reviewed by Ana Ruiz.\nZinc helps [1].\n").empty());
  // A forum post's handle ending its posting line is its author; a CMS default account is nobody.
  CHECK(rules_of("Zinc helps [1].\nPosted December 1, 2025 by jenny_t2d\n").empty());
  CHECK(rules_of("Zinc helps [1].\nPosted December 1, 2025 by admin\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("Updated 3 May 2024.\nZinc helps [1].\nSubmitted by user\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("BY ANN LEE\nUpdated 3 May 2024.\nZinc helps [1].\n").empty());
  // A byline after a separator on a dateline: "Last updated: 2025-06-01 \u00B7 By Dr. Kim Lee".
  CHECK(rules_of("Last updated: 2025-06-01 \u00B7 By Dr. Kim Lee\nZinc helps [1].\n").empty());
  CHECK(rules_of("Updated 3 May 2024 | By Kim Lee\nZinc helps [1].\n").empty());
  // A scraped abstract: an "Authors" line over a list of surnames and initials, and the
  // journal's citation line ("2024 Mar;12(3)") as its date.
  CHECK(rules_of("Zinc and colds\nJ Clin Nutr. 2024 Mar;12(3):211-219.\nAuthors\nSmith J, Garcia L, Wong P\nZinc helps [1].\n").empty());
  CHECK(rules_of("Zinc and colds\nJ Clin Nutr. 2024.\nAuthors\nSmith J, Garcia L, Wong P\nZinc helps [1].\n") ==
        std::vector<std::string>{"attribution/no-date"});
  // A credential written with full stops ("M.D.") names a reviewer as "MD" does.
  CHECK(rules_of("Zinc and colds\nUpdated 3 May 2024.\nAnswer from M. Regina Castro, M.D.\nZinc helps [1].\n").empty());
  // A journal page's "Authors" label with the names on its own line.
  CHECK(rules_of("Zinc and colds\nJ Clin Nutr. 2024 Mar;12(3):211-219.\nAuthors Smith J, Garcia L, Wong P\nZinc helps [1].\n").empty());
  // Without the "Authors" line a list of names is not read: every line opening with a capital
  // would be a candidate for the scan (3.5 M instructions per MB, BENCHMARKS.md).
  CHECK(rules_of("Zinc and colds\nJ Clin Nutr. 2024 Mar;12(3):211-219.\nSmith J, Garcia L, Wong P\nZinc helps [1].\n") ==
        std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("Updated 3 May 2024.\nKetamine IV or Esketamine. Zinc helps [1].\n") == std::vector<std::string>{"attribution/no-author"});
  CHECK(rules_of("By the wellness desk.\nUpdated 3 May 2024.\nZinc helps [1].\n").empty());
  // A wire story's credit line; side effects "reported by" patients name no author.
  CHECK(rules_of("Updated 3 May 2024.\nZinc helps [1].\nReporting by Jane Doe; editing by John Smith.\n").empty());
  CHECK(rules_of("Updated 3 May 2024.\nZinc helps [1]. Side effects reported by patients were mild.\n") ==
        std::vector<std::string>{"attribution/no-author"});
  // An author and year in parentheses is a citation; a lower-case aside with a year is not.
  CHECK(rules_of("By Ann Lee. Updated 3 May 2024.\nZinc use has grown (since 2020).\n") ==
        std::vector<std::string>{"attribution/no-references"});
  CHECK(rules_of("By Ann Lee. Updated 3 May 2024.\nZinc helps (Smith et al. 2020).\n").empty());
  CHECK(rules_of("By Ann Lee. Updated May 2024. Sources: NIH.\nBook your free consultation today.") ==
        std::vector<std::string>{"attribution/undisclosed-promotion"});
  CHECK(rules_of("By Ann Lee. Updated May 2024. Sources: NIH.\nOur clinic offers infusions. Book your free consultation today.").empty());
  // What research has not shown is not a claim to source.
  const std::string dated = "By Ann Lee. Updated May 2024. Sources: NIH.\n";
  CHECK(rules_of(dated + "No studies have shown that zinc cures colds. Few clinical trials have shown a benefit.").empty());
  CHECK(rules_of(dated + "Studies have demonstrated that zinc cures colds.") == std::vector<std::string>{"attribution/unsupported-claim"});
  // A rewriter's "research shows".
  CHECK(rules_of(dated + "Analysis exhibits that zinc cures colds.") == std::vector<std::string>{"attribution/unsupported-claim"});
  CHECK(rules_of(dated + "Analysis shows that zinc cures colds [4].").empty());
  // A clinic's own statistic needs a source as much as "research shows" does.
  CHECK(rules_of(dated + "Our clinic has a 90% success rate.") == std::vector<std::string>{"attribution/unsupported-claim"});
  CHECK(rules_of(dated + "Zinc works for 9 out of 10 patients at our centre.") == std::vector<std::string>{"attribution/unsupported-claim"});
  CHECK(rules_of(dated + "The success rate was 60% (Smith et al. 2020).").empty());
  CHECK(rules_of(dated + "Nine out of ten times, nothing happens.").empty());
  CHECK(rules_of(dated + "About 85% of our patients feel better.") == std::vector<std::string>{"attribution/unsupported-claim"});
  CHECK(rules_of(dated + "It works for 4 out of 5 clients.") == std::vector<std::string>{"attribution/unsupported-claim"});
  // Who the clinic's patients are is no statistic of how well it works.
  CHECK(rules_of(dated + "Many of our clients are seniors. Most of our patients drive home with a friend.").empty());
  // "These studies" points back at studies already named: their source may be the sentence before.
  CHECK(rules_of(dated + "One trial found a benefit (Smith 2020). These studies suggest zinc works.").empty());
  // ICU ends a sentence after "et al." here; medlint joins it again (rules/language).
  CHECK(rules_of(dated + "One trial found a benefit (Smith et al. 2020). These studies suggest zinc works.").empty());
  CHECK(rules_of(dated + "One trial found a benefit (Smith 2020). Studies suggest zinc works.") ==
        std::vector<std::string>{"attribution/unsupported-claim"});
  CHECK(rules_of(dated + "One study cited by the National Institutes of Health found a benefit. These studies suggest zinc works.").empty());
  // An agency named in parentheses as the source, not as an abbreviation the sentence goes on with.
  CHECK(rules_of(dated + "Studies show zinc shortens colds (NIH).").empty());
  CHECK(rules_of(dated + "Studies show that the Food and Drug Administration (FDA) approved zinc.") ==
        std::vector<std::string>{"attribution/unsupported-claim"});
  // A title announces; the body is where a claim needs its source.
  const std::string byline = "By Ann Lee. Updated May 2024. Sources: NIH.\n";
  CHECK(rules_of("Zinc: What New Research Shows\n" + byline + "Zinc is a mineral.").empty());
  CHECK(rules_of("Zinc: What New Research Shows.\n" + byline + "Zinc is a mineral.") == std::vector<std::string>{"attribution/unsupported-claim"});
  // Numbered markers in parentheses, glued to the sentence end or before its full stop, are citations;
  // a manual-page reference such as fcntl(2) is not.
  const std::string undated = "By Ann Lee. Updated May 2024.\n";
  CHECK(rules_of(undated + "Zinc shortens colds.(2) It is cheap.").empty());
  CHECK(rules_of(undated + "Zinc shortens colds (2, 3). It is cheap.").empty());
  CHECK(rules_of(undated + "Zinc locks files with fcntl(2) calls.") == std::vector<std::string>{"attribution/no-references"});
}

TEST_CASE("packs can share definitions with $ref - a bad reference is a load error", "[disclaimer]") {
  const std::string pack = R"({"pack": "p", "definitions": {"words": ["heart assault"]}, "rules": [
    {"id": "spinner/a", "category": "spinner", "severity": "error", "kind": "phrases", "phrases": {"$ref": "#/definitions/words"},
     "message": "m", "explain": {"text": "t", "bad": "heart assault", "good": "g"}}]})";
  CHECK(test::lint_with_pack(pack, "A heart assault.").size() == 1);
  std::string broken = pack;
  broken.replace(broken.find("#/definitions/words"), 19, "#/definitions/nope");
  try {
    (void)load_pack({"p.json", broken});
    FAIL("bad $ref accepted");
  } catch (const LoadError& error) {
    CHECK(std::string(error.what()) ==
          "p.json: at /rules/0/phrases/$ref: unknown reference '#/definitions/nope' (expected #/definitions/NAME of this pack)");
  }
}

TEST_CASE("CI gate: a site fails on a missing disclaimer and passes once it is added", "[disclaimer]") {
  test::TempDir dir;
  test::write_file(dir.path() / "site/articles/zinc.md", "# Zinc\n\nZinc may shorten colds.\n");
  test::write_file(dir.path() / "site/articles/iron.md",
                   "# Iron\n\nIron is best absorbed on an empty stomach.\n\nNot medical advice; ask your pharmacist.\n");
  auto failing = test::run_medlint({"check", "--select", "disclaimer", "--fail-on", "error", "site/"}, dir.path());
  CHECK(failing.status == 1);
  CHECK_THAT(failing.out, Catch::Contains("site/articles/zinc.md:1:1: error: no medical disclaimer found"));
  test::write_file(dir.path() / "site/articles/zinc.md",
                   "# Zinc\n\nZinc may shorten colds.\n\nThis page is for informational purposes only. Consult your doctor.\n");
  auto passing = test::run_medlint({"check", "--select", "disclaimer", "--fail-on", "error", "site/"}, dir.path());
  CHECK(passing.status == 0);
}

TEST_CASE("config: house disclaimer options and per-path overrides", "[disclaimer]") {
  test::TempDir dir;
  test::write_file(dir.path() / ".medlint.json", R"({
    "rule_options": {"disclaimer/missing": {"example": "Acme: not medical advice; ask your doctor.", "within": {"last_lines": 3}}},
    "overrides": [{"paths": ["drafts/*"], "ignore": ["disclaimer"]}, {"paths": ["articles/*"], "select": ["disclaimer"]}]})");
  test::write_file(dir.path() / "articles/a.txt", "Not medical advice. Ask your doctor.\nline\nline\nline\nline\nBody text.\n");
  test::write_file(dir.path() / "drafts/b.txt", "A draft without a disclaimer. Secure and helpful.\n");
  auto run = test::run_medlint({"check", "--format", "json", "."}, dir.path());
  const json report = json::parse(run.out);
  REQUIRE(report["files"].size() == 2);
  const auto& article = report["files"][0]["findings"];
  REQUIRE(article.size() == 1);  // only disclaimer rules run on articles/
  CHECK(article[0]["rule"] == "disclaimer/missing");
  CHECK_THAT(article[0]["message"].get<std::string>(), Catch::Contains("in the last 3 lines"));
  CHECK_THAT(article[0]["message"].get<std::string>(), Catch::Contains("Acme: not medical advice; ask your doctor."));
  for (const auto& f : report["files"][1]["findings"]) CHECK(f["category"] != "disclaimer");  // ignored on drafts/

  test::write_file(dir.path() / ".medlint.json", R"({"rule_options": {"disclaimer/nope": {"example": "x"}}})");
  auto bad = test::run_medlint({"check", "."}, dir.path());
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("options given for unknown rule or category 'disclaimer/nope'"));
}
