// A reference profile (SPEC section 6): what is known about one substance or family of
// products, read from rules/profiles/NAME.json. The claim checks read only this.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace medlint {

struct Substance {
  std::string id;                  ///< "esketamine"
  std::vector<std::string> names;  ///< generic, brand, salt and misspelled names that mention it
  std::string drug_class;
};

struct Indication {
  std::string name;                ///< "treatment-resistant depression"
  std::vector<std::string> terms;  ///< words that name it in text
  std::string source;
};

struct Product {
  std::string name;                ///< "Spravato"
  std::string substance;           ///< Substance::id
  std::vector<std::string> routes;
  std::vector<Indication> approved_for;
  /// How often the label gives the product when its dose ranges fix no one schedule
  /// (Spravato: "twice a week", "week", "two weeks"); empty: the ranges' `per` say it.
  std::vector<std::string> schedules;
  std::string source;
};

struct OffLabelUse {
  Indication indication;
  std::vector<std::string> substances;  ///< empty: every substance of the profile
};

struct Risk {
  std::string id;
  std::string name;
  bool major = false;              ///< its omission makes a safety discussion misleading
  std::vector<std::string> terms;  ///< words that mention it
  std::string source;
};

struct Contraindication {
  std::string id;
  std::string name;
  bool absolute = true;            ///< contraindication (true) or caution (false)
  std::vector<std::string> terms;  ///< words that name the group
  std::vector<std::string> substances;  ///< Substance::id whose label lists it; empty: every substance
  std::string source;
};

/// A condition of use the label sets ("given only in a certified healthcare setting", "do not
/// drive until the next day"), with wordings that describe use outside it.
struct Restriction {
  std::string id;
  std::string name;                ///< the condition, as the label sets it
  std::vector<std::string> terms;  ///< wordings of use outside it ("take it at home", "drive yourself home")
  std::vector<std::string> substances;  ///< Substance::id whose label sets it; empty: every substance
  /// Product::name whose label sets it ("Ozempic", not its sibling "Wegovy"); empty: the
  /// substances' own. Holds only for a sentence naming one of them and no other product.
  std::vector<std::string> products;
  std::string source;
};

struct DoseRange {
  std::string substance;
  std::string route;               ///< "intravenous", "intranasal", ...
  std::string use;
  /// Words that name the use ("depression", "anaesthesia"): a sentence that names the use of
  /// some ranges is held to those ranges ("2 mg/kg for depression" is an anaesthetic dose).
  std::vector<std::string> use_terms;
  double min = 0;
  double max = 0;
  /// The dose the label starts at before escalating (Wegovy 0.25 mg), when it sets one.
  std::optional<double> start;
  std::string unit;                ///< "mg" or "mg/kg" (profiles may say "g"; it is converted)
  std::string per;                 ///< how often the dose is given: "day", "week", or "" (not said)
  std::string product;             ///< Product::name the range is labelled for, or "" (the substance)
  std::string source;
};

struct Profile {
  std::string name;                       ///< file stem, e.g. "ketamine"
  std::string title;
  std::string origin;                     ///< where it was loaded from
  std::vector<Substance> substances;
  std::vector<std::string> subject_terms; ///< "the drug", "this medication": count as the substance
  std::vector<std::string> subject_pronouns;  ///< "it", "this": count only when they open a sentence
  std::vector<std::string> object_pronouns;   ///< "it" anywhere: counts only right after a sentence about the substance
  /// Forms no product of the profile comes in ("lozenges" of ketamine): an approval claimed
  /// of one is false whatever the use.
  std::vector<std::string> unapproved_forms;
  std::vector<Product> products;
  std::vector<OffLabelUse> off_label;
  std::vector<Risk> risks;
  std::vector<Contraindication> contraindications;
  std::vector<Restriction> restrictions;
  std::vector<DoseRange> doses;

  [[nodiscard]] const Substance* find_substance(const std::string& id) const;
};

struct ProfileSource {
  std::string label;  ///< file path or "rules/profiles/x.json (built in)"
  std::string name;   ///< profile name (file stem)
  std::string text;
};

/// Parses and validates a profile; problems are LoadErrors with file and JSON pointer.
[[nodiscard]] Profile load_profile(const ProfileSource& source);

}  // namespace medlint
