// A deterministic generator of realistic health articles for benchmarks: clean pages,
// spun pages (tortured phrases, spelled-out citation numbers, stray capitals), OCR-damaged
// pages (rn for m, ligatures, hyphenated line ends, control bytes) and templated pages (one
// text with the condition swapped). The same seed always gives the same bytes.
//
// Spun phrases come from the tortured-phrase pack when it is passed in, so the benchmark
// exercises the real rule data rather than a private list.
#pragma once

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medlint::bench {

enum class ArticleKind { clean, spun, ocr, templated };

inline const char* to_string(ArticleKind kind) {
  switch (kind) {
    case ArticleKind::clean: return "clean";
    case ArticleKind::spun: return "spun";
    case ArticleKind::ocr: return "ocr";
    case ArticleKind::templated: return "templated";
  }
  return "clean";
}

struct GeneratedArticle {
  std::string name;  ///< a file name such as "000123-spun.txt"
  std::string text;
  ArticleKind kind = ArticleKind::clean;
};

class ArticleGenerator {
 public:
  /// `spun_phrases`: tortured forms to plant in spun articles (may be empty).
  /// `vocabulary`: lower-case words mixed into sentences so that unrelated articles share
  /// few word sequences, as real pages do (may be empty).
  ArticleGenerator(std::uint64_t seed, std::vector<std::string> spun_phrases = {}, std::vector<std::string> vocabulary = {})
      : random_(seed), spun_phrases_(std::move(spun_phrases)), vocabulary_(std::move(vocabulary)) {}

  /// The next article; kinds rotate 40% clean, 25% spun, 15% OCR, 20% templated.
  GeneratedArticle next() {
    const std::size_t index = count_++;
    const std::uint64_t roll = random_() % 20;
    ArticleKind kind = roll < 8 ? ArticleKind::clean : roll < 13 ? ArticleKind::spun : roll < 16 ? ArticleKind::ocr : ArticleKind::templated;
    GeneratedArticle article;
    article.kind = kind;
    if (kind == ArticleKind::templated) {
      if (template_uses_ == 0) {
        template_text_ = compose(ArticleKind::clean, "{CONDITION}");
        template_uses_ = 2 + random_() % 6;
      }
      --template_uses_;
      article.text = replace_all(template_text_, "{CONDITION}", pick(conditions()));
    } else {
      article.text = compose(kind, pick(conditions()));
    }
    article.name = zero_pad(index, 7) + "-" + to_string(kind) + ".txt";
    return article;
  }

 private:
  static const std::vector<std::string_view>& drugs() {
    static const std::vector<std::string_view> list = {"ketamine", "esketamine", "semaglutide", "kratom", "metformin",
                                                       "sertraline", "ibuprofen", "lisinopril", "atorvastatin", "levothyroxine"};
    return list;
  }
  static const std::vector<std::string_view>& conditions() {
    static const std::vector<std::string_view> list = {
        "depression", "type 2 diabetes", "chronic pain", "obesity", "high blood pressure", "anxiety", "migraine",
        "liver cancer", "heart failure", "insomnia", "arthritis", "asthma", "opioid withdrawal", "PTSD"};
    return list;
  }
  static const std::vector<std::string_view>& headings() {
    static const std::vector<std::string_view> list = {"How it works", "Who may benefit", "What the studies show",
                                                       "Side effects", "Dosage", "Risks and warnings", "Interactions",
                                                       "What to expect", "Cost and access", "The bottom line"};
    return list;
  }
  // Sentence templates written for this generator; {d} drug, {c} condition, {n} a number.
  static const std::vector<std::string_view>& sentences() {
    static const std::vector<std::string_view> list = {
        "{D} is prescribed for {c} when first treatments have not helped enough.",
        "Researchers measured changes in symptoms over {n} weeks in a group of adults with {c}.",
        "The most common side effects were nausea, headache and dizziness, and most faded within a day.",
        "Your clinician will review your medical history before deciding whether {d} suits you.",
        "In a trial of {n} participants, about half reported a meaningful improvement.",
        "Blood pressure and heart rate are checked before and after each session.",
        "People with uncontrolled high blood pressure were excluded from the studies.",
        "The effect usually begins within hours, but it may fade after several days.",
        "Long-term data are limited, so follow-up visits matter.",
        "Some patients need a lower dose because of kidney or liver problems.",
        "Doctors weigh the benefits against the risks for each person.",
        "Stopping suddenly can bring back symptoms, so changes should be planned.",
        "Insurance coverage varies, and many clinics ask for payment up front.",
        "The medicine should be kept out of reach of children and stored at room temperature.",
        "A review of {n} studies found a moderate effect compared with placebo.",
        "Tell your pharmacist about every other medicine and supplement you take.",
        "Alcohol can make drowsiness worse and should be avoided on treatment days.",
        "The label lists the approved uses, the usual dose and the known warnings.",
        "Sessions are supervised, and patients are asked not to drive until the next day.",
        "Results differ between people, and not everyone responds to the first course.",
        "The typical starting dose is {n} mg, adjusted over the following weeks.",
        "Symptoms of {c} often improve gradually rather than all at once.",
        "Experts at the clinic say the approach works best alongside therapy.",
        "Pregnant women were not included in the trials, so the risks are unknown.",
    };
    return list;
  }

  std::string_view pick(const std::vector<std::string_view>& list) { return list[random_() % list.size()]; }

  static std::string zero_pad(std::size_t n, std::size_t width) {
    std::string s = std::to_string(n);
    return std::string(s.size() < width ? width - s.size() : 0, '0') + s;
  }

  static std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
    return text;
  }

  std::string sentence(std::string_view drug, std::string_view condition) {
    std::string s(pick(sentences()));
    std::string capitalised(drug);
    if (!capitalised.empty()) capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
    s = replace_all(std::move(s), "{D}", capitalised);
    s = replace_all(std::move(s), "{d}", drug);
    s = replace_all(std::move(s), "{c}", condition);
    s = replace_all(std::move(s), "{n}", std::to_string(2 + random_() % 300));
    if (!vocabulary_.empty()) {  // "..., as noted in <words>." keeps shingles of unrelated pages apart
      std::string tail = ", as seen in";
      for (std::size_t i = 0, n = 3 + random_() % 6; i < n; ++i) tail += " " + vocabulary_[random_() % vocabulary_.size()];
      s.insert(s.size() - 1, tail);
    }
    return s;
  }

  // Damage typical of a spinner: a tortured phrase, a spelled-out citation, a stray capital.
  void spin(std::string& s) {
    const std::uint64_t roll = random_() % 10;
    if (roll < 4 && !spun_phrases_.empty()) {
      s.insert(s.size() - 1, ", and " + spun_phrases_[random_() % spun_phrases_.size()] + " was noted");
    } else if (roll < 6) {
      s.insert(s.size(), std::string(random_() % 2 ? "two" : "fourteen"));
    } else if (roll < 8) {
      const std::size_t space = s.find(' ', s.size() / 2);
      if (space != std::string::npos && space + 1 < s.size() && s[space + 1] >= 'a' && s[space + 1] <= 'z') {
        s[space + 1] = static_cast<char>(s[space + 1] - 'a' + 'A');
      }
    }
  }

  // Damage typical of OCR and PDF copies.
  void damage(std::string& s) {
    const std::uint64_t roll = random_() % 10;
    if (roll < 3) {
      const std::size_t m = s.find('m', 1);
      if (m != std::string::npos) s.replace(m, 1, "rn");
    } else if (roll < 5) {
      const std::size_t fi = s.find("fi");
      if (fi != std::string::npos) s.replace(fi, 2, "\xEF\xAC\x81");  // U+FB01 LATIN SMALL LIGATURE FI
    } else if (roll < 7) {
      const std::size_t space = s.find(' ', s.size() / 3);
      if (space != std::string::npos) {
        const std::size_t word_end = s.find(' ', space + 1);
        if (word_end != std::string::npos && word_end > space + 6) s.insert(space + 4, "-\n");
      }
    } else if (roll < 8) {
      s.insert(s.size() / 2, "\x02");
    }
  }

  std::string compose(ArticleKind kind, std::string_view condition) {
    const std::string_view drug = pick(drugs());
    std::string out;
    std::string title(drug);
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    out += title + " for " + std::string(condition) + ": What You Should Know\n\n";
    const std::size_t sections = 4 + random_() % 5;
    for (std::size_t p = 0; p < sections; ++p) {
      out += pick(headings());
      out += '\n';
      const std::size_t count = 3 + random_() % 5;
      for (std::size_t i = 0; i < count; ++i) {
        std::string s = sentence(drug, condition);
        if (kind == ArticleKind::spun && random_() % 3 == 0) spin(s);
        if (kind == ArticleKind::ocr && random_() % 3 == 0) damage(s);
        out += s;
        out += i + 1 < count ? " " : "\n\n";
      }
    }
    if (random_() % 4 != 0) {
      out += "Sources: prescribing information for " + std::string(drug) + "; " + zero_pad(2015 + random_() % 10, 4) +
             " review in a peer-reviewed journal.\n\n";
    }
    if (random_() % 3 != 0) {
      out += "This article is for informational purposes only and is not a substitute for professional medical advice. "
             "Talk to your doctor about your own situation.\n";
    }
    return out;
  }

  std::mt19937_64 random_;
  std::vector<std::string> spun_phrases_;
  std::vector<std::string> vocabulary_;
  std::size_t count_ = 0;
  std::string template_text_;
  std::size_t template_uses_ = 0;
};

}  // namespace medlint::bench
