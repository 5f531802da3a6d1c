// Both halves are searched in the extracted text, so markup (bold, links, line breaks inside
// the sentence) never hides a disclaimer, and HTML comments or scripts never count as one.
// A web page's <footer> and <aside> are not in that text, but a reader sees them under the
// article: their text (the page's `furniture_text`) counts too, unless the disclaimer must
// stand in the first lines.
#include "rules/phrase_keys.hpp"
#include "rules/detectors/disclaimer.hpp"

#include <array>
#include <span>

#include "rules/kinds/require_rule.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/regex_option.hpp"
#include "text/regex.hpp"

namespace medlint {

namespace {

class Disclaimer : public Rule {
 public:
  Disclaimer(RuleMeta meta, bool report_missing, PhraseMatcher not_advice, std::vector<PrefilteredRegex> consult,
             std::optional<PhraseMatcher> required, std::vector<std::string> required_list, LineWindow window,
             std::string example)
      : Rule(std::move(meta)),
        report_missing_(report_missing),
        not_advice_(std::move(not_advice)),
        consult_(std::move(consult)),
        required_(std::move(required)),
        required_list_(std::move(required_list)),
        window_(window),
        example_(std::move(example)) {
    halves_key_ = "disclaimer" + window_.describe();
    for (const std::string& phrase : not_advice_.phrases()) halves_key_ += "\n" + phrase;
    halves_key_ += "\n--";
    for (const PrefilteredRegex& pattern : consult_) halves_key_ += "\n" + pattern.pattern();
  }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const TextRange window = window_.range_in(document);
    const std::string_view text = document.text().substr(window.begin, window.size());
    // The window, then the page's footer text where the window reaches the end and the page
    // has one.
    const std::string_view furniture = window_.from != LineWindow::From::start ? document.metadata().furniture_text : std::string_view();
    const std::array<std::string_view, 2> both{text, furniture};
    const std::span<const std::string_view> texts(both.data(), furniture.empty() ? 1 : 2);
    // disclaimer/missing and disclaimer/incomplete read the same lists: the halves are
    // searched once per document, and each only as far as a rule needs it.
    Halves& halves = context.shared_state<Halves>(halves_key_);
    if (!halves.not_advice) {
      bool found = false;
      for (const std::string_view part : texts) {
        if (found) break;
        not_advice_.scan(part, [&](TextRange) {
          found = true;
          return false;  // one statement settles it
        });
      }
      halves.not_advice = found;
    }
    const bool not_advice = *halves.not_advice;
    // "missing" needs the referral only when the statement is absent; one match settles it.
    if (!halves.consult && (!report_missing_ || !not_advice)) {
      bool found = false;
      for (const std::string_view part : texts) {
        for (const auto& pattern : consult_) {
          found = found || pattern.any_match(part);
        }
      }
      halves.consult = found;
    }
    const bool consult = halves.consult.value_or(false);
    std::string missing;
    if (report_missing_) {
      if (!not_advice && !consult) missing = "a statement that the page is not medical advice and a referral to a qualified professional";
    } else if (not_advice != consult) {
      missing = not_advice ? "a referral to a qualified professional (\"consult your doctor or pharmacist\")"
                           : "a statement that the page is not medical advice (\"for informational purposes only\")";
    } else if (not_advice && required_) {
      std::vector<std::string> seen;
      for (const std::string_view part : texts) {
        required_->scan(part, [&](TextRange r) {
          const std::string key = required_->key_of(part.substr(r.begin, r.size()));
          if (std::find(seen.begin(), seen.end(), key) == seen.end()) seen.push_back(key);
        });
      }
      if (seen.size() < required_list_.size()) missing = "the wording the publisher requires (\"" + required_list_.front() + "\")";
    }
    if (missing.empty()) return;
    out.push_back(document_finding(meta().message.render({{"missing", missing}, {"within", window_.describe()},
                                                           {"example", example_}})));
  }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    out.push_back(&not_advice_);
    if (required_) out.push_back(&*required_);
    for (const PrefilteredRegex& pattern : consult_) out.push_back(&pattern);
  }

 private:
  // Whether each half was found; unset until a rule needs it.
  struct Halves {
    std::optional<bool> not_advice, consult;
  };

  bool report_missing_;
  PhraseMatcher not_advice_;
  std::vector<PrefilteredRegex> consult_;
  std::optional<PhraseMatcher> required_;
  std::vector<std::string> required_list_;
  LineWindow window_;
  std::string example_;
  std::string halves_key_;  // the window and both lists: rules with equal keys share Halves
};

}  // namespace

std::unique_ptr<Rule> make_disclaimer(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"report", "not_advice", "consult", "required", "within", "example"});
  const JsonReader report = options.at("report");
  if (report.string() != "missing" && report.string() != "incomplete") report.fail("expected \"missing\" or \"incomplete\"");
  std::vector<PrefilteredRegex> consult = compile_regex_list(options.at("consult"), true);
  std::optional<PhraseMatcher> required;
  std::vector<std::string> required_list;
  if (const auto list = options.find("required")) {
    required_list = list->strings();
    if (!required_list.empty()) required.emplace(required_list, true);
  }
  return std::make_unique<Disclaimer>(std::move(meta), report.string() == "missing",
                                      PhraseMatcher(keyed_phrases(options.at("not_advice")), true), std::move(consult),
                                      std::move(required), std::move(required_list), read_line_window(options),
                                      options.string_or("example", "This article is for informational purposes only and "
                                                                   "is not a substitute for professional medical advice. "
                                                                   "Consult your doctor or pharmacist."));
}

}  // namespace medlint
