// Claim checks against the built-in profiles, on real sentences: each kind of false claim,
// and the true or hedged statements that must pass.
#include <cctype>
#include <catch2/catch.hpp>

#include "claims/document_profiles.hpp"
#include "core/errors.hpp"
#include "test_support.hpp"

using namespace medlint;

using test::matched;
using test::run_rule;

namespace {

// The message of the one finding rule `id` reports on `text`.
std::string sole_message(const std::string& id, const std::string& text) {
  const auto found = run_rule(id, text);
  REQUIRE(found.size() == 1);
  return found[0].message;
}

}  // namespace

TEST_CASE("unqualified safety: plain / spun and pronoun claims are flagged", "[claims]") {
  // A statement a sentence brings in with its quotation marks is still said: a press release
  // quoting the clinic's director.
  CHECK(run_rule("claim/unqualified-safety", "\"Ketamine is completely safe,\" said the clinic's medical director.").size() == 1);
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is completely safe.")) == std::vector<std::string>{"completely safe"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine works fast. Ketamine is Secure and helpful.")) ==
        std::vector<std::string>{"Secure and helpful"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is sold as powder. Kratom is popular. It is harmless.")) ==
        std::vector<std::string>{"harmless"});
  CHECK_THAT(sole_message("claim/unqualified-safety", "Semaglutide is risk-free."), Catch::Contains("thyroid C-cell tumours"));
  // A spinner's "totally secure" for "totally safe"; like its other spun forms, not among the
  // absolute terms, so a condition qualifies it.
  CHECK(matched(run_rule("claim/unqualified-safety", "Semaglutide is totally secure and has few risks.")) ==
        std::vector<std::string>{"totally secure"});
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide is totally secure for most individuals.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is not at all addictive.")) == std::vector<std::string>{"not at all addictive"});
  // A thesaurus spinner's "harmless", "non-toxic" and "free from side effects".
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is innocuous. Kratom is non-poisonous. Kratom is liberated from incidental effects.")) ==
        std::vector<std::string>{"is innocuous", "non-poisonous", "liberated from incidental effects"});
  CHECK(run_rule("claim/unqualified-safety", "Most side effects of semaglutide are innocuous and pass.").empty());
  // A seller's appeal to tradition and to gentleness.
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom has been used safely for centuries. Kratom is gentle on the body.")) ==
        std::vector<std::string>{"used safely for centuries", "gentle on the body"});
  CHECK(run_rule("claim/unqualified-safety", "Kratom has been used for centuries, and its safety has never been studied.").empty());
  CHECK(sole_message("claim/unqualified-safety", "Kratom is non-habit forming.") ==
        "unqualified safety claim about kratom ('non-habit forming'): its reference profile lists the risk of addiction, dependence "
        "and withdrawal");
  // A paraphraser's "safe alternative".
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is a protected option in contrast to physician endorsed narcotics.")) ==
        std::vector<std::string>{"protected option"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is a protected and regular option in contrast to narcotics.")) ==
        std::vector<std::string>{"protected and regular"});
  // Safety said of a combination.
  CHECK(matched(run_rule("claim/unqualified-safety", "You can safely combine semaglutide with other weight-loss supplements.")) ==
        std::vector<std::string>{"safely combine"});
  CHECK(run_rule("claim/unqualified-safety", "Kratom is not safe to combine with alcohol or opioids.").empty());
  // "it" inside the sentence right after one about the drug (the profile's `object_pronouns`).
  CHECK(matched(run_rule("claim/unqualified-safety", "Semaglutide is a weekly shot. Doctors call it completely safe.")) ==
        std::vector<std::string>{"completely safe"});
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide is a weekly shot.\n\nDoctors call it completely safe.").empty());
  // "This" opening a sentence means the drug only as a pronoun ("This is", "This can"): as
  // a determiner it names something else ("This person ... a safe ride").
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine works within hours. This is completely safe.")) ==
        std::vector<std::string>{"completely safe"});
  CHECK(run_rule("claim/unqualified-safety",
                 "Bring an adult to your ketamine infusion. This person will also provide a safe ride for you.")
            .empty());
  // A denial of one risk (the rule's `risk_named_terms`) is a claim only where the profile
  // lists that risk, whatever its severity, and the message names it.
  CHECK(sole_message("claim/unqualified-safety", "Ketamine is not addictive.") ==
        "unqualified safety claim about ketamine ('not addictive'): its reference profile lists the risk of abuse, misuse and "
        "dependence");
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is completely non-addictive.")) == std::vector<std::string>{"non-addictive"});
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide is not addictive. Ozempic is not habit-forming.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "It's impossible to get addicted to kratom. You can\u2019t get hooked on it.")) ==
        std::vector<std::string>{"impossible to get addicted", "can\u2019t get hooked"});
  CHECK(run_rule("claim/unqualified-safety", "You cannot get addicted to semaglutide.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Unlike SSRIs, ketamine works within hours and has no withdrawal symptoms.")) ==
        std::vector<std::string>{"has no withdrawal"});
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide has no withdrawal symptoms.").empty());
  // A seller's denial of the deaths on record names that risk.
  CHECK_THAT(sole_message("claim/unqualified-safety", "Kratom has no known deaths attributed to it."), Catch::Contains("deaths and overdose"));
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom has never killed anyone.")) == std::vector<std::string>{"has never killed"});
  // A forum's "nobody has ever died", and "impossible to overdose"; not where the profile lists
  // no deaths or overdose, nor where it is denied or hedged.
  CHECK(matched(run_rule("claim/unqualified-safety", "Nobody has ever died from kratom alone. It is impossible to overdose on kratom.")) ==
        std::vector<std::string>{"Nobody has ever died", "impossible to overdose"});
  CHECK(run_rule("claim/unqualified-safety", "No one has ever died from semaglutide, a forum says. It is not true that nobody has ever died from kratom. "
                                             "If used alone, no one has died from kratom.")
            .empty());
  // "Microdosing" (a `subject_terms` entry) stands for the page's drug: the practice is the drug in small doses.
  CHECK(matched(run_rule("claim/unqualified-safety", "Microdosing Ozempic explained.\n\nMicrodosing is 100% safe because the dose is so small.")) ==
        std::vector<std::string>{"100% safe"});
  CHECK(run_rule("claim/unqualified-safety", "Microdosing mushrooms explained.\n\nMicrodosing is 100% safe because the dose is so small.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom has absolutely no addiction potential.")) ==
        std::vector<std::string>{"no addiction potential"});
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide has no potential for abuse.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is a plant, so it is not toxic to the liver.")) ==
        std::vector<std::string>{"not toxic"});
  CHECK(run_rule("claim/unqualified-safety", "If taken in a small amount, kratom will not be toxic.").empty());
  // A risk denied "without any inherent risk", from a real page reprinted on news sites.
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine improves lives without any inherent risk or dangerous consequences.")) ==
        std::vector<std::string>{"without any inherent risk"});
  // A superlative of safety.
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is one of the safest medications in the world.")) ==
        std::vector<std::string>{"one of the safest"});
  CHECK_THAT(sole_message("claim/unqualified-safety", "Semaglutide is completely safe."),
             Catch::Contains("lists major risks (thyroid C-cell tumours"));
  // An opening clause that sets no condition of use leaves the claim unqualified.
  CHECK(matched(run_rule("claim/unqualified-safety", "If you buy from a trusted vendor, kratom is completely safe.")) ==
        std::vector<std::string>{"completely safe"});
  // A condition after a comma, or in a clause between the subject and the claim (two real
  // clinic pages), qualifies it; a comma before a clause join's first word ends its reach.
  CHECK(run_rule("claim/unqualified-safety", "Ketamine is a very safe drug, particularly when used at low doses.").empty());
  // A claim inside an if-clause is supposed, not stated; a contrast of two outcomes states neither.
  CHECK(run_rule("claim/unqualified-safety",
                 "Ketamine lozenges are new, but if doctors can develop protocols that are as safe and effective as infusions, it helps.")
            .empty());
  CHECK(run_rule("claim/unqualified-safety",
                 "With ketamine, the setting can make all the difference between a safe, effective experience and a dangerous one.")
            .empty());
  // Nor is a setting described as safe ("in a", "in an" are hedges: a real recovery page).
  CHECK(run_rule("claim/unqualified-safety", "In a safe, monitored clinical detox environment, ketamine users can focus on healing.")
            .empty());
  // An aim is not a statement about the drug.
  CHECK(run_rule("claim/unqualified-safety", "We are committed to making every step of your esketamine therapy safe and supportive.")
            .empty());
  CHECK(run_rule("claim/unqualified-safety", "Ketamine, in low-doses and in a monitored setting, is a very safe medication.").empty());
  // An absolute claim (the rule's `absolute_terms`) keeps its force whatever condition follows
  // or comes before it; only a hedge word in its clause softens it.
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is completely safe at low doses.")) ==
        std::vector<std::string>{"completely safe"});
  CHECK(matched(run_rule("claim/unqualified-safety", "When taken as prescribed, semaglutide is free of side effects.")) ==
        std::vector<std::string>{"free of side effects"});
  CHECK(run_rule("claim/unqualified-safety", "Ketamine is safe at low doses.").empty());
  // A denial of a risk the profile lists ("not addictive") is absolute too: a setting or dose
  // does not make the drug free of that risk. A hedge before it still softens it.
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is not addictive when used in a clinic.")) ==
        std::vector<std::string>{"not addictive"});
  CHECK(matched(run_rule("claim/unqualified-safety", "When it is given in a medical setting at low doses, ketamine is not addictive.")) ==
        std::vector<std::string>{"not addictive"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is non-habit forming when taken in small amounts.")) ==
        std::vector<std::string>{"non-habit forming"});
  CHECK(run_rule("claim/unqualified-safety", "Ketamine is generally not addictive when used in a clinic.").empty());
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide is not addictive when used as prescribed.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom has never caused a death.")) == std::vector<std::string>{"never caused a death"});
  // The last part of a hyphenated compound describes the word before it: a spinner's
  // "treatment-safe" for "treatment-resistant" is no safety claim.
  CHECK(run_rule("claim/unqualified-safety", "Esketamine is a medication for treatment-safe misery.").empty());
  CHECK(run_rule("claim/unqualified-safety", "Kratom comes in child-safe packaging.").empty());
  CHECK(run_rule("claim/unqualified-safety", "Ketamine is generally completely safe for adults.").empty());
  // A spinner's "Risk-free" for "safe" is not absolute: its condition still qualifies it.
  CHECK(run_rule("claim/unqualified-safety", "Ketamine is Risk-free when given by a properly trained clinician.").empty());
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is completely safe, and when used at home it is handy.")) ==
        std::vector<std::string>{"completely safe"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Ketamine is completely safe; when used at home it is handy.")) ==
        std::vector<std::string>{"completely safe"});
  // A denial that the drug can hurt the reader, with or without "really", either apostrophe.
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is a natural herb so it can't really hurt you.")) ==
        std::vector<std::string>{"can't really hurt you"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Semaglutide won\u2019t harm you.")) == std::vector<std::string>{"won\u2019t harm you"});
}

TEST_CASE("unqualified safety: 'in most states' places the claim and does not qualify it", "[claims]") {
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is legal and safe in most states.")) == std::vector<std::string>{"safe"});
}

TEST_CASE("unqualified safety: hedged / negated / quoted and asked statements pass", "[claims]") {
  const char* fine[] = {
      "Ketamine is generally safe when administered by trained professionals.",
      "Ketamine is safe when given in a clinical setting with monitoring.",
      "Wegovy is approved\u2014and therefore safe\u2014for certain people and if it's taken in the right way.",
      // A phrase the sentence quotes after a word is a name or a scare quote.
      "The group lobbied to have kratom recognized as \"a safe alternative to opioids\".",
      // A misperception, a perception: news pages quoting users and researchers.
      "It is a common misperception that plant-based kratom is safe.",
      "You feel like it's something totally safe and then you get hooked on kratom.",
      "People think kratom is safe or non-addictive, but for kratom that's absolutely not true.",
      // A negation up to eight words back (the rule's `negation_window`).
      "Semaglutide is not some random diet pill that offers safe and quick slimming to everyone.",
      // A condition in the sentence's opening clause (the rule's `conditions`).
      "Under medical supervision, ketamine is safe.",
      // Said of most people or cases (the rule's "in most people", "in most cases").
      "Kratom is safe in most people who use it occasionally.",
      "In most cases, ketamine is safe when given by a doctor.",
      "No drug is completely safe, and ketamine is no exception.",
      "Is ketamine safe for teenagers?",
      "Is Ketamine (IV / Esketamine) Safe for Autoimmune Diseases Patients? — Research Review",
      "Ketamine cannot be declared universally \"safe\" for everyone.",
      "The clinic is safe and clean.",  // no profiled substance
      // What others believe or what a product is sold as is reported, not claimed.
      "Many users believe kratom is safe because it is natural, but the FDA disagrees.",
      "People assume natural means harmless, and with kratom that's not the case.",
      "Many people think kratom is harmless.",
      "Kratom is marketed as a safe alternative to opioids, a claim the FDA rejects.",
      "It is a myth that ketamine is harmless.",
      // Indirect questions (the rules' `indirect_questions`) ask; they do not claim.
      "Many people ask whether semaglutide is safe and effective for teenagers.",
      "Patients often wonder if kratom is completely safe.",
      "Semaglutide helps with weight loss. Many people ask whether it is Protected and compelling.",
      // A claim the sentence goes on to deny (the rules' `refutations`), or one heard elsewhere.
      "Some sites say semaglutide is totally safe for everyone, which is not true.",
      "The idea that kratom is completely safe is a myth.",
      "I read somewhere that semaglutide is totally safe for everyone.",
      // News reporting a seller's claim and the agency's answer.
      "The agency said sellers market the products as safe, natural alternatives to opioids, a claim it called misleading.",
      // Advertising reported, and a claim the sentence says does not hold up.
      "Some clinics advertise ketamine as risk-free, but that claim does not hold up.",
      "Online shops tout kratom as completely safe.",
      "Many doctors consider semaglutide safe for long-term use.",
      // Reported by someone the sentence calls wrong, or attributed to the seller.
      "Anyone who says kratom is not addictive is lying to you.",
      "People who say ketamine is completely safe ignore the bladder damage.",
      "Kratom can\u2019t hurt you, according to the vendor's homepage.",
      // A condition of use after the claim.
      "Semaglutide won't harm you as long as you follow the dose schedule.",
      "Ketamine can't hurt you if used correctly.",
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(run_rule("claim/unqualified-safety", text).empty());
  }
}

TEST_CASE("claim rules: a refutation later in the sentence cancels the claim before it", "[claims]") {
  // Each claim is reported alone, and not when the same sentence denies it afterwards.
  const struct {
    const char* rule;
    const char* claim;
    const char* denied;
  } cases[] = {
      {"claim/unqualified-safety", "Semaglutide is totally safe.", "Forums say semaglutide is totally safe, which is false."},
      {"claim/overclaim", "Kratom has no side effects.", "The claim that kratom has no side effects is simply not true."},
      {"claim/regulatory-status", "Ketamine is FDA approved for depression.", "Ketamine is FDA approved for depression, which is a myth."},
      {"claim/contraindicated-use", "Ketamine is safe during pregnancy.", "That ketamine is safe during pregnancy is not true."},
  };
  for (const auto& c : cases) {
    INFO(c.rule);
    CHECK(run_rule(c.rule, c.claim).size() == 1);
    CHECK(run_rule(c.rule, c.denied).empty());
  }
  // A refutation in the next sentence does not reach back.
  CHECK(run_rule("claim/unqualified-safety", "Semaglutide is totally safe. That is not true of kratom.").size() == 1);
  // A myth-and-fact page labels what it denies (the rules' `refutation_labels`).
  for (const auto& c : cases) {
    INFO(c.rule);
    CHECK(run_rule(c.rule, std::string("Myth: ") + c.claim).empty());
    CHECK(run_rule(c.rule, std::string("Myth #3 \u2013 ") + c.claim).empty());
    CHECK(run_rule(c.rule, std::string("Fact: ") + c.claim).size() == 1);
  }
  CHECK(run_rule("claim/unqualified-safety", "Mythical claims aside, kratom is completely safe.").size() == 1);
  CHECK(run_rule("claim/unqualified-safety", "Myth busted, kratom is completely safe.").size() == 1);
  // Whose claim it is, said after it (the rules' `reported_speech`), up to the next ';';
  // "It is a myth that ..." before it (among the `negations`).
  for (const auto& c : cases) {
    INFO(c.rule);
    std::string claim(c.claim);
    claim.pop_back();
    CHECK(run_rule(c.rule, claim + ", say some online sellers; regulators disagree.").empty());
    CHECK(run_rule(c.rule, claim + ", according to vendors.").empty());
    CHECK(run_rule(c.rule, claim + "; some sellers say otherwise.").size() == 1);
    const std::string lowered = std::string(1, static_cast<char>(std::tolower(c.claim[0]))) + (c.claim + 1);
    CHECK(run_rule(c.rule, "It is a myth that " + lowered).empty());
    CHECK(run_rule(c.rule, "Some sellers say " + lowered).empty());
  }
  CHECK(run_rule("claim/overclaim", "It is a myth that semaglutide does not cause pancreatitis.").empty());
  CHECK(run_rule("claim/overclaim", "Semaglutide does not cause pancreatitis.").size() == 1);
  // A substance's name between the denial and the risk is not counted in the window.
  CHECK(matched(run_rule("claim/overclaim", "There is no link between semaglutide and thyroid cancer.")) ==
        std::vector<std::string>{"no link between semaglutide and thyroid"});
  CHECK(run_rule("claim/overclaim", "There is no link between the dose of semaglutide and thyroid cancer risk.").empty());
  // Denials of harm to an organ a major risk names.
  CHECK(matched(run_rule("claim/overclaim", "Kratom won't damage your liver like acetaminophen does.")) ==
        std::vector<std::string>{"won't damage your liver"});
  CHECK(run_rule("claim/overclaim", "Many people who use kratom cannot get through withdrawal without help.").empty());
  CHECK(matched(run_rule("claim/overclaim", "Kratom causes no liver damage.")) == std::vector<std::string>{"causes no liver"});
  CHECK(run_rule("claim/overclaim", "A patient who has no liver disease may take kratom.").empty());
}

TEST_CASE("overclaim: proven / cure / miracle - not when negated", "[claims]") {
  CHECK(matched(run_rule("claim/overclaim", "Studies have proven that ketamine works.")) == std::vector<std::string>{"have proven"});
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide is a miracle drug.")) == std::vector<std::string>{"miracle drug"});
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide has no severe unwanted side effects.")) ==
        std::vector<std::string>{"no severe unwanted side effects"});
  CHECK(run_rule("claim/overclaim", "No drug has no adverse effects, and semaglutide has several.").empty());
  CHECK(matched(run_rule("claim/overclaim", "Kratom is sold here. The plant is successful in curing problems.")) ==
        std::vector<std::string>{"curing"});
  CHECK(run_rule("claim/overclaim", "Ketamine is not a cure for depression.").empty());
  // Inside a longer word of the rule's `not_within`, a term is not the claim.
  CHECK(run_rule("claim/overclaim", "Esketamine is used for cure-resistant melancholy at a cure rate of 40%.").empty());
  CHECK(run_rule("claim/overclaim", "There is no cure, and ketamine helps only some people.").empty());
  // A negation reaches over a list of single words to the item, not over a clause.
  CHECK(run_rule("claim/overclaim", "Kratom is not intended to diagnose, treat, cure, or prevent any disease.").empty());
  CHECK(matched(run_rule("claim/overclaim", "Kratom is not approved for pain, but it cures anxiety.")) == std::vector<std::string>{"cures"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom is sold online, cheap, and cures depression.")) == std::vector<std::string>{"cures"});
  // Nor over a clause join: the second predicate has no negation of its own.
  CHECK(matched(run_rule("claim/overclaim", "Unlike opioids, kratom is not addictive and you cannot overdose on it.")) ==
        std::vector<std::string>{"cannot overdose"});
  CHECK(run_rule("claim/overclaim", "Kratom is not a cure and you should not expect a cure from it.").empty());
  // "Proven" said of a use a product of the substance is approved for (the rule's
  // `proof_terms`) is what the trials behind the approval showed.
  CHECK(run_rule("claim/overclaim", "Semaglutide has been proven to be useful for chronic weight management, helping many.").empty());
  CHECK(run_rule("claim/overclaim", "Spravato is clinically proven to help treatment-resistant depression.").empty());
  // Not for a substance none of whose products is approved for the use, nor for a use named
  // in another clause, nor for a cure.
  CHECK(matched(run_rule("claim/overclaim", "Ketamine has been proven to treat depression.")) == std::vector<std::string>{"has been proven"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom is proven to relieve pain.")) == std::vector<std::string>{"proven to"});
  // Curing leaves (drying them) is how a vendor prepares the plant, not a cure.
  CHECK(run_rule("claim/overclaim", "Farmers harvest the kratom leaves and then process and cure them.").empty());
  CHECK(matched(run_rule("claim/overclaim", "Kratom leaves are dried, and kratom can cure anxiety.")) == std::vector<std::string>{"cure"});
  // "It" is the substance named last: on a page about Spravato and ketamine, the answer to a
  // question on ketamine is about ketamine, which no product approval covers for depression.
  const std::string faq = "Spravato is esketamine. Spravato is approved for depression.\n"
                          "Q: How does ketamine work for depression?\nA: The mechanism is unknown. It has been proven to treat depression.";
  CHECK(matched(run_rule("claim/overclaim", faq)) == std::vector<std::string>{"has been proven"});
  CHECK(run_rule("claim/overclaim", "Spravato is esketamine. Ketamine is an anaesthetic.\n"
                                    "Q: How does Spravato work?\nA: The mechanism is unknown. It has been proven to treat depression.")
            .empty());
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide is proven to work, and it helps weight loss.")) == std::vector<std::string>{"proven to"});
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide is proven to cure diabetes.")) == std::vector<std::string>{"cure"});
  // A hedge ("many") of the first predicate does not qualify one after "because it".
  CHECK(matched(run_rule("claim/overclaim", "Many members stay on semaglutide because it has zero side effects.")) ==
        std::vector<std::string>{"zero side effects"});
  // What some people had in a trial is a result, not a claim about the drug.
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide has no serious side effects.")) == std::vector<std::string>{"no serious side effects"});
  CHECK(run_rule("claim/overclaim", "In trials, most participants taking semaglutide had no serious side effects.").empty());
  CHECK(run_rule("claim/overclaim", "Many people on semaglutide have no side effects at all.").empty());
  CHECK(run_rule("claim/overclaim", "In the trial, no serious side effects were reported with semaglutide.").empty());
  CHECK(matched(run_rule("claim/overclaim", "With kratom there is no chance of overdose.")) == std::vector<std::string>{"no chance of overdose"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Semaglutide has no known risks.")) == std::vector<std::string>{"no known risks"});
  // A vendor's "natural alternative ... with none of the risks".
  CHECK(matched(run_rule("claim/unqualified-safety", "Kratom is a natural alternative to painkillers with none of the risks.")) ==
        std::vector<std::string>{"none of the risks"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom relieves pain with none of the side effects of opioids.")) ==
        std::vector<std::string>{"none of the side effects"});
  CHECK(matched(run_rule("claim/overclaim", "There are no known long-term side effects of ketamine.")) ==
        std::vector<std::string>{"no known long-term side effects"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom has no genuine incidental effects.")) == std::vector<std::string>{"no genuine incidental effects"});
  // Denying a risk the profile lists; a trial's finding about one symptom is not that.
  CHECK(matched(run_rule("claim/overclaim", "Oral ketamine has no risk of addiction at therapeutic doses.")) ==
        std::vector<std::string>{"no risk of addiction"});
  CHECK(run_rule("claim/overclaim", "No drug has zero risk, and ketamine is no exception.").empty());
  CHECK(run_rule("claim/overclaim", "Studies found no withdrawal symptoms after stopping semaglutide.").empty());
  // A vendor's relief "without the side effects" and denial of overdose; a hedged or negated one is not a claim.
  CHECK(matched(run_rule("claim/overclaim", "Kratom can replace prescription opioids without the side effects.")) ==
        std::vector<std::string>{"without the side effects"});
  CHECK(matched(run_rule("claim/overclaim", "Unlike opioids, you cannot overdose on kratom.")) == std::vector<std::string>{"cannot overdose"});
  CHECK(run_rule("claim/overclaim", "Some people finish ketamine treatment without side effects.").empty());
  CHECK(run_rule("claim/overclaim", "It is not true that you cannot overdose on kratom.").empty());
  // Denying a major risk of the profile, right after the denial; a minor risk, a hedge, a
  // question or a comparison further on is not that.
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide does not cause thyroid cancer in humans.")) ==
        std::vector<std::string>{"does not cause thyroid"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom is not linked to liver damage.")) == std::vector<std::string>{"is not linked to liver"});
  CHECK(matched(run_rule("claim/overclaim", "Ketamine doesn't cause any bladder problems.")) ==
        std::vector<std::string>{"doesn't cause any bladder"});
  // A clause join holding the denial's first word ("and cannot") ends the reach of the negation before it.
  CHECK(matched(run_rule("claim/overclaim", "Kratom is not an opioid and cannot cause addiction.")) ==
        std::vector<std::string>{"cannot cause addiction"});
  CHECK(run_rule("claim/overclaim", "It is not true that kratom cannot cause addiction.").empty());
  CHECK(matched(run_rule("claim/overclaim", "Ketamine has no effect on the bladder at the doses used for depression.")) ==
        std::vector<std::string>{"has no effect on the bladder"});
  CHECK(run_rule("claim/overclaim", "Ketamine has no effect on the opioid receptors that cause addiction.").empty());
  CHECK(run_rule("claim/overclaim", "Semaglutide does not cause hypoglycemia on its own.").empty());
  CHECK(run_rule("claim/overclaim", "Ketamine does not cause addiction in most patients.").empty());
  CHECK(run_rule("claim/overclaim", "Does semaglutide cause thyroid cancer? Rodent studies found tumors.").empty());
  CHECK(run_rule("claim/overclaim", "Kratom does not cause the same respiratory depression as opioids.").empty());
  // A plain "is not" before the risk's term denies it too, within one clause and unhedged.
  CHECK(matched(run_rule("claim/overclaim", "Kratom is not addictive when used responsibly.")) ==
        std::vector<std::string>{"is not addictive"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom is completely non-addictive, unlike opioids.")) ==
        std::vector<std::string>{"completely non-addictive"});
  CHECK(run_rule("claim/overclaim", "Kratom is not regulated; liver damage has been reported.").empty());
  CHECK(run_rule("claim/overclaim", "Kratom is not an opioid, but withdrawal can occur.").empty());
  CHECK(run_rule("claim/overclaim", "Kratom withdrawal is not usually fatal.").empty());
  // A hedge that qualifies an earlier predicate ("in most states") does not hedge the next one.
  CHECK(matched(run_rule("claim/overclaim", "Kratom is legal in most states and is completely non-addictive.")) ==
        std::vector<std::string>{"completely non-addictive"});
  CHECK(matched(run_rule("claim/unqualified-safety", "Semaglutide works for most adults and it is completely safe.")) ==
        std::vector<std::string>{"completely safe"});
  CHECK(run_rule("claim/unqualified-safety", "Kratom may ease pain and is generally safe.").empty());
  CHECK(run_rule("claim/unqualified-safety", "Most users say kratom is completely safe.").empty());
  // Evidence said to be lacking denies the claim that follows it.
  CHECK(run_rule("claim/unqualified-safety", "As of 2023, there is insufficient evidence that kratom is safe or effective for any use.").empty());
  CHECK(run_rule("claim/unqualified-safety", "There is little evidence that kratom is safe.").empty());
  CHECK(run_rule("claim/unqualified-safety", "Kratom is safe, with limited evidence of harm.").size() == 1);
  CHECK(run_rule("claim/overclaim", "Non-fatal kratom overdoses have been reported.").empty());
  CHECK(run_rule("claim/overclaim", "Some sellers say kratom is not addictive, which is not true.").empty());
  // A press release's "works when nothing else does"; a page reporting what failed is not that.
  CHECK(matched(run_rule("claim/overclaim", "Ketamine is a breakthrough treatment that works when nothing else does.")) ==
        std::vector<std::string>{"works when nothing else does"});
  CHECK(run_rule("claim/overclaim", "Ketamine was tried when nothing else worked.").empty());
  // Superiority over every medicine: a vendor's comparison no trial makes.
  CHECK(matched(run_rule("claim/overclaim", "Red Bali kratom works better than any pharmaceutical for pain.")) ==
        std::vector<std::string>{"works better than any"});
  CHECK(matched(run_rule("claim/overclaim", "Kratom is better than any prescription painkiller.")) ==
        std::vector<std::string>{"better than any prescription"});
  CHECK(run_rule("claim/overclaim", "There is no evidence that kratom works better than any approved drug.").empty());
  CHECK(run_rule("claim/overclaim", "Esketamine acts faster than any oral antidepressant.").empty());
}

TEST_CASE("overclaim: a superlative with an absolute end ranks the substance above every other", "[claims]") {
  CHECK(matched(run_rule("claim/overclaim", "Ketamine is the fastest-acting antidepressant available today.")) ==
        std::vector<std::string>{"the fastest-acting antidepressant available"});
  CHECK(matched(run_rule("claim/overclaim", "Semaglutide is the most effective diabetes drug ever made.")) ==
        std::vector<std::string>{"the most effective diabetes drug ever made"});
  CHECK(matched(run_rule("claim/overclaim", "Ozempic is the best weight-loss drug on the market.")) ==
        std::vector<std::string>{"the best weight-loss drug on the market"});
  CHECK(run_rule("claim/overclaim", "Semaglutide. It is the strongest appetite suppressant in the world.").size() == 1);
  const char* fine[] = {
      "Ketamine is one of the most effective treatments available for depression.",  // a shared rank
      "Is ketamine the best treatment available?",
      "Ketamine is not the fastest-acting antidepressant available.",
      "Ketamine may be the fastest-acting treatment available for suicidal thoughts.",  // hedged
      "The most effective dose in the trial was 2.4 mg of semaglutide.",                  // no absolute end
      "Wegovy is the best-studied GLP-1 medicine available in the UK.",                    // another word
      // The rank is said of what the sentence names after it, not of the substance.
      "The safest option available to patients who cannot take ketamine is therapy.",
      // Too far apart, or in another clause.
      "Ketamine is the best option for people whose depression has not responded, and it is available here.",
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(run_rule("claim/overclaim", text).empty());
  }
}

TEST_CASE("overclaim: a promised outcome is the page's product even where no sentence names it", "[claims]") {
  const std::string page = "Semaglutide for weight loss\n\nSemaglutide is a weekly injection.\n\n";
  const auto guaranteed = run_rule("claim/overclaim", page + "Results are guaranteed or your money back!\n");
  REQUIRE(guaranteed.size() == 1);
  CHECK(guaranteed[0].line == 5);
  CHECK_THAT(guaranteed[0].message, Catch::Contains("overclaim about semaglutide: 'Results are guaranteed'"));
  CHECK(matched(run_rule("claim/overclaim", page + "Our program is guaranteed to work.\n")) == std::vector<std::string>{"guaranteed to work"});
  for (const char* fine : {"Results are not guaranteed.", "Individual results may vary.", "We cannot promise guaranteed weight loss.",
                           "Is weight loss guaranteed?"}) {
    CAPTURE(fine);
    CHECK(run_rule("claim/overclaim", page + fine + "\n").empty());
  }
  // A spinner's "Guarantee that" for "Make sure that" gives an order at the sentence's start.
  CHECK(run_rule("claim/overclaim", page + "Guarantee that your semaglutide pen is kept in the fridge.\n").empty());
  CHECK(run_rule("claim/overclaim", page + "- Guarantee you drink enough water while taking semaglutide.\n").empty());
  CHECK(matched(run_rule("claim/overclaim", page + "We guarantee semaglutide will work for you.\n")) == std::vector<std::string>{"guarantee"});
  // No main substance: a page that is not about a profiled drug promises nothing of one.
  CHECK(run_rule("claim/overclaim", "Gardening tips\n\nResults are guaranteed if you water daily.\n").empty());
}

TEST_CASE("regulatory status: a spinner's approval words and indications", "[claims]") {
  CHECK(matched(run_rule("claim/regulatory-status", "Ozempic is accepted by the FDA for weight reduction.")) ==
        std::vector<std::string>{"accepted by the FDA"});
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine is FDA-accepted for despair.")) == std::vector<std::string>{"FDA-accepted"});
  // Recognition as a treatment is approval in other words; the agency recognising a risk is not.
  CHECK(matched(run_rule("claim/regulatory-status", "The FDA recognizes kratom as a treatment for pain.")) ==
        std::vector<std::string>{"FDA recognizes"});
  CHECK(run_rule("claim/regulatory-status", "The FDA recognizes that semaglutide can cause pancreatitis. "
                                            "The FDA recognized the risks of kratom for consumers.")
            .empty());
  // A seller's claim a news story quotes is the seller's; said in the page's own words it is the page's.
  CHECK(run_rule("claim/regulatory-status", "One site says its compounded semaglutide is \"FDA approved and just as safe as Wegovy.\"").empty());
  CHECK(matched(run_rule("claim/regulatory-status", "Our compounded semaglutide is FDA approved and just as safe as Wegovy.")) ==
        std::vector<std::string>{"FDA approved"});
  // Pain relief during procedures is part of the anaesthetic use the label approves; pain relief is not.
  CHECK(run_rule("claim/regulatory-status", "The FDA has approved ketamine for anesthesia and pain relief during procedures.").empty());
  CHECK(run_rule("claim/regulatory-status", "The FDA has approved ketamine for pain relief.").size() == 1);
  CHECK(run_rule("claim/regulatory-status", "Ketamine was permitted by the Food and Drug Administration for treatment-resistant melancholy.").size() == 1);
  CHECK(run_rule("claim/regulatory-status", "Wegovy is accepted by the FDA for weight reduction.").empty());
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine is Food and Drug Administration accepted for melancholy.")) ==
        std::vector<std::string>{"Food and Drug Administration accepted"});
  CHECK(matched(run_rule("claim/regulatory-status", "The FDA has given the green light for ketamine to treat depression.")) ==
        std::vector<std::string>{"FDA has given the green light"});
  CHECK(run_rule("claim/regulatory-status", "The FDA has given the green light for esketamine to treat depression.").empty());
  // A thesaurus spinner's FDA ("Food and Medication Organization") and its depression ("sorrow").
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine is Food and Medication Organization endorsed for sorrow.")) ==
        std::vector<std::string>{"Food and Medication Organization endorsed"});
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine got FDA endorsement for persistent torment.")) ==
        std::vector<std::string>{"FDA endorsement"});
  // A study the FDA supported approves nothing.
  CHECK(run_rule("claim/regulatory-status", "An FDA-supported study found ketamine helps depression.").empty());
}

TEST_CASE("regulatory status: approvals are checked per substance", "[claims]") {
  CHECK(matched(run_rule("claim/regulatory-status", "Everything about ketamine for depression fda approved")) ==
        std::vector<std::string>{"fda approved"});
  CHECK(matched(run_rule("claim/regulatory-status", "Spravato is FDA approved for PTSD.")) == std::vector<std::string>{"FDA approved"});
  // The 2025 approvals: Ozempic for chronic kidney disease with type 2 diabetes, Wegovy for MASH.
  CHECK(run_rule("claim/regulatory-status", "Ozempic is approved to reduce the risk of kidney disease progression in adults with type 2 diabetes and "
                                            "chronic kidney disease. Wegovy is approved for MASH with liver fibrosis.")
            .empty());
  CHECK(matched(run_rule("claim/regulatory-status", "Wegovy is approved for chronic kidney disease.")) == std::vector<std::string>{"approved for"});
  CHECK(matched(run_rule("claim/regulatory-status", "Rybelsus is approved for MASH.")) == std::vector<std::string>{"approved for"});
  // Two approvals in one sentence, the second said of another name after a comma, are two claims.
  CHECK(run_rule("claim/regulatory-status",
                 "Ketamine is FDA approved as an anesthetic, and esketamine (Spravato) is approved for treatment-resistant depression.")
            .empty());
  CHECK(matched(run_rule("claim/regulatory-status",
                         "Ketamine is FDA approved for depression, and esketamine (Spravato) is approved for treatment-resistant depression.")) ==
        std::vector<std::string>{"FDA approved"});
  CHECK(matched(run_rule("claim/regulatory-status", "Ketalar is approved as an anesthetic, and Spravato is approved for PTSD.")) ==
        std::vector<std::string>{"approved for"});
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom is FDA approved for opioid withdrawal.")).size() == 1);
  // A named product must hold the approval itself: Wegovy's does not make Ozempic's true.
  CHECK_THAT(sole_message("claim/regulatory-status", "Ozempic is approved for weight loss in adults without diabetes."),
             Catch::Contains("weight loss is not among the approved uses of Ozempic"));
  // Past a break ("but", "off-label") an indication is no longer part of the approval claim,
  // unless another approval term claims it again.
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine is approved as an anesthetic, but it is now FDA approved for depression.")) ==
        std::vector<std::string>{"FDA approved"});
  // "Both" claims the approval for each named product: the one lacking it is named.
  CHECK_THAT(sole_message("claim/regulatory-status", "Ozempic and Wegovy are both approved for weight loss."),
             Catch::Contains("weight loss is not among the approved uses of Ozempic (approved: Ozempic:"));
  CHECK(run_rule("claim/regulatory-status", "Ozempic, Rybelsus and Wegovy are all approved for type 2 diabetes.").size() == 1);
  CHECK(run_rule("claim/regulatory-status", "Both Ozempic and Wegovy are approved for weight loss.").size() == 1);
  // A product with a class extender makes the claim the class's: some semaglutide product holds it.
  CHECK(run_rule("claim/regulatory-status",
                 "Although they were designed to treat type 2 diabetes, Ozempic and other similar semaglutide drugs have also "
                 "been FDA-approved for treating obesity.")
            .empty());
  CHECK(run_rule("claim/regulatory-status", "Ozempic and other semaglutide drugs are FDA approved for PCOS.").size() == 1);
  // A use in a clause that "while" or "although" opens and a comma closes is not the approved one.
  CHECK(run_rule("claim/regulatory-status",
                 "While Wegovy contains the same ingredient used to treat diabetes, it was officially approved to treat weight loss.")
            .empty());
  CHECK(run_rule("claim/regulatory-status", "While it is popular, Wegovy is approved to treat diabetes.").size() == 1);
  // An approval sought, not held: "to get", "seeking", "awaiting" are among the rule's negations.
  CHECK(run_rule("claim/regulatory-status", "The company is seeking FDA approval for ketamine in depression.").empty());
  CHECK(run_rule("claim/regulatory-status",
                 "Ketamine is generic, so no drug company will fund trials to get a new FDA approval for treatment of depression.")
            .empty());
  CHECK(run_rule("claim/regulatory-status", "Ketamine has FDA approval for depression.").size() == 1);
  // Products named after the term, each with its own use, are no distributive claim.
  CHECK(run_rule("claim/regulatory-status",
                 "Semaglutide, the active ingredient in both drugs, is approved for type 2 diabetes as Ozempic and for chronic "
                 "weight management as Wegovy.")
            .empty());
  // Compounded preparations are never FDA-approved, whatever the indication.
  const std::string compounded = sole_message("claim/regulatory-status", "Our compounded semaglutide is FDA approved for weight loss.");
  CHECK_THAT(compounded, Catch::Contains("weight loss is not among the approved uses of compounded semaglutide"));
  CHECK_THAT(compounded, Catch::Contains("compounded preparations are not FDA-approved"));
  CHECK(matched(run_rule("claim/regulatory-status", "Compounded ketamine troches are FDA-approved.")) == std::vector<std::string>{"FDA-approved"});
  // A form no product of the profile comes in (ketamine lozenges; nicotine lozenges are approved).
  const std::string lozenges = sole_message("claim/regulatory-status", "Ketamine lozenges are FDA-cleared for home use.");
  CHECK_THAT(lozenges, Catch::Contains("approved uses of ketamine lozenges (approved: none; no approved product comes in this form)"));
  CHECK_THAT(sole_message("claim/regulatory-status", "Oral ketamine is FDA approved."), Catch::Contains("approved uses of oral ketamine ("));
  CHECK_THAT(sole_message("claim/regulatory-status", "Semaglutide drops are FDA approved for weight loss."),
             Catch::Contains("weight loss is not among the approved uses of semaglutide drops"));
  const char* forms_fine[] = {
      "Unlike ketamine troches, Spravato is FDA approved for treatment-resistant depression.",
      "Spravato is FDA approved, but ketamine lozenges are not.",
      "Ketamine lozenges are not FDA approved.",
      "Ketamine is FDA approved as an anesthetic and is sometimes given as lozenges off-label.",
      "Nicotine lozenges are FDA approved.",
      "Rybelsus tablets are FDA approved for type 2 diabetes.",
  };
  for (const char* text : forms_fine) {
    INFO(text);
    CHECK(run_rule("claim/regulatory-status", text).empty());
  }
  // A product named after the claim does not take it over from the compounded form.
  CHECK(matched(run_rule("claim/regulatory-status",
                         "Our compounded semaglutide is FDA approved and contains the same active ingredient as Ozempic.")) ==
        std::vector<std::string>{"FDA approved"});
  // A substance with no approved product: any approval said of it is false, use or no use.
  CHECK_THAT(sole_message("claim/regulatory-status", "Kratom has been approved by the FDA as a dietary supplement."),
             Catch::Contains("this use is not among the approved uses of kratom (approved: no approved product)"));
  CHECK(matched(run_rule("claim/regulatory-status", "Buy FDA approved kratom capsules today.")) == std::vector<std::string>{"FDA approved"});
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom received FDA approval in 2020.")) == std::vector<std::string>{"FDA approval"});
  // A complement after the predicate that the term describes: "is" makes it the name's.
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom is a dietary supplement approved for sale in the US.")) ==
        std::vector<std::string>{"approved for"});
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom is an herbal supplement approved by the FDA.")) ==
        std::vector<std::string>{"approved by the FDA"});
  // A search-keyword title: name, purpose, use, term, and nothing after it.
  CHECK_THAT(sole_message("claim/regulatory-status", "Everything about kratom for opioid withdrawal fda approved"),
             Catch::Contains("opioid withdrawal is not among the approved uses of kratom"));
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom to treat chronic pain FDA-approved!")) == std::vector<std::string>{"FDA-approved"});
  // ... or name and term first, then purpose and use, and nothing after the use.
  CHECK_THAT(sole_message("claim/regulatory-status", "kratom fda approved for pain"),
             Catch::Contains("pain is not among the approved uses of kratom"));
  CHECK(run_rule("claim/regulatory-status", "kratom fda approved for pain relief and more").empty());
  CHECK(run_rule("claim/regulatory-status", "Wegovy fda approved for weight loss").empty());
  // A keyword question without its mark is still asked (the rules' `question_openers`).
  CHECK(run_rule("claim/regulatory-status", "Is ketamine fda approved for ptsd").empty());
  CHECK(run_rule("claim/unqualified-safety", "Is kratom completely safe").empty());
  CHECK(run_rule("claim/regulatory-status", "Is ketamine FDA approved for PTSD. Yes, it is.").size() == 1);
  // The list opener only cuts off what follows it.
  CHECK(run_rule("claim/regulatory-status", "Wegovy is approved for type 2 diabetes in adults with conditions such as obesity.").size() == 1);
  // Paraphrased approvals.
  CHECK(matched(run_rule("claim/regulatory-status", "Ketamine has been given the green light by the FDA for treating depression.")) ==
        std::vector<std::string>{"given the green light by the FDA"});
  CHECK(matched(run_rule("claim/regulatory-status", "The FDA has signed off on ketamine infusions for anxiety.")) ==
        std::vector<std::string>{"FDA has signed off on"});
  CHECK(matched(run_rule("claim/regulatory-status", "Kratom is FDA-sanctioned as a dietary supplement.")) == std::vector<std::string>{"FDA-sanctioned"});
  const char* fine[] = {
      "Kratom may interact with FDA-approved medications.",
      "Kratom is an alternative to drugs approved for pain.",  // the term describes another noun
      "Kratom is a plant that grows near crops approved for sale.",
      "Kratom is a natural alternative to FDA-approved opioids.",
      "Kratom is not a supplement approved by the FDA.",
      "Kratom is dangerous when mixed with FDA-approved drugs.",
      "Unlike kratom, buprenorphine is FDA approved.",
      "The FDA-approved drugs for opioid withdrawal do not include kratom.",
      "Kratom for pain: FDA approved alternatives",  // not a keyword title: a colon before the term
      "Kratom for opioid withdrawal FDA approved medicines compared",  // words after the term
      "Kratom for opioid withdrawal, versus FDA approved buprenorphine",
      "Kratom isn't approved by the FDA.",
      "Ozempic and Rybelsus are both approved for type 2 diabetes.",
      "Ozempic and Wegovy are both approved for reducing the risk of heart attack.",
      "Wegovy is approved for both weight loss and cutting the risk of heart attack.",
      "Compounded semaglutide is not FDA approved.",
      "Compounded semaglutide contains the same ingredient as FDA-approved Wegovy.",
      "Compounded semaglutide has the same ingredient as Ozempic, which is FDA approved.",
      "Unlike compounded products, semaglutide is FDA approved for weight loss.",
      "Semaglutide is FDA approved for weight loss; compounded versions are not reviewed by the agency.",
      "Wegovy is FDA approved for weight loss, but compounded semaglutide is not.",
      "Ketamine is FDA approved for anesthesia but is used off-label for depression.",
      "Ozempic is FDA approved for type 2 diabetes, though some doctors prescribe it off-label for weight loss.",
      "Ozempic and Wegovy are FDA approved for weight management and type 2 diabetes between them.",
      "Semaglutide is FDA approved for weight loss.",  // as Wegovy: no product named, the substance holds it
      "Spravato is FDA approved for treatment-resistant depression.",
      // Esketamine named by what it is to ketamine (the profile lists these among its names).
      "In 2019, the FDA approved a form of ketamine for depression.",
      "The FDA has approved a ketamine-based nasal spray for depression.",
      "The FDA approved a nasal spray version of ketamine for depression in 2019.",
      "Ketamine is FDA approved as an anesthetic.",
      "The FDA has approved Spravato for treatment-resistant depression.",
      "Esketamine was given the green light by the FDA for depression in 2019.",
      "Semaglutide was cleared by the FDA for weight management as Wegovy.",
      "This use is off-label: the FDA approved racemic ketamine as an anesthetic, not as a treatment for depression.",
      "The FDA approved Wegovy for weight management and not for type 2 diabetes.",
      "Ketamine is not FDA approved for depression.",
      "Wegovy is approved for chronic weight management and Ozempic is approved for type 2 diabetes.",
      // Conditions listed as who may take it, after "condition such as", are not what it treats.
      ("Wegovy is approved for adults with overweight and at least one weight-related condition such as high blood pressure, "
       "type 2 diabetes or high cholesterol."),
      "Wegovy is approved for adults with obesity and comorbidities, including type 2 diabetes.",
      ("Current regulatory status: FDA-approved as anesthetic; esketamine (Spravato) approved for treatment-resistant depression. "
       "Ketamine is discussed here."),  // one text of two sentences
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(run_rule("claim/regulatory-status", text).empty());
  }
}

TEST_CASE("contraindicated use: safe for a contraindicated group", "[claims]") {
  CHECK_THAT(sole_message("claim/contraindicated-use", "Ketamine is safe during pregnancy."), Catch::Contains("pregnancy"));
  CHECK(run_rule("claim/contraindicated-use", "Esketamine is a good option for patients with an aneurysm.").size() == 1);
  CHECK(run_rule("claim/contraindicated-use", "Ketamine is not recommended during pregnancy.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Is ketamine safe for people with high blood pressure?").empty());
  CHECK(run_rule("claim/contraindicated-use", "Ketamine is safe for adults without heart problems? No.").empty());
  CHECK(matched(run_rule("claim/contraindicated-use", "Ketamine can be given safely during pregnancy.")) ==
        std::vector<std::string>{"safely during pregnancy"});
  // A paraphraser's "safe for" and "safe during".
  CHECK(matched(run_rule("claim/contraindicated-use", "Semaglutide is protected for pregnant ladies.")) ==
        std::vector<std::string>{"protected for pregnant"});
  CHECK(matched(run_rule("claim/contraindicated-use", "Ketamine is secure during pregnancy.")) ==
        std::vector<std::string>{"secure during pregnancy"});
  // "can be used by" a contraindicated group.
  CHECK(matched(run_rule("claim/contraindicated-use", "Semaglutide can be used by people with a family history of medullary thyroid cancer.")) ==
        std::vector<std::string>{"can be used by people with a family history of medullary thyroid cancer"});
  CHECK(run_rule("claim/contraindicated-use", "Semaglutide can be used by adults with type 2 diabetes.").empty());
  // "Can be used" in a group the profile lists; in any other group it is no claim about one.
  CHECK(matched(run_rule("claim/contraindicated-use", "Wegovy can be used during pregnancy.")) ==
        std::vector<std::string>{"can be used during pregnancy"});
  CHECK(run_rule("claim/contraindicated-use", "Ketamine can be used in people with asthma. It cannot be used during pregnancy.").empty());
  // Colloquial approval ("fine", "okay") of use in a listed group; the same words about anything else are not.
  CHECK(matched(run_rule("claim/contraindicated-use", "Ozempic is perfectly fine during pregnancy.")) ==
        std::vector<std::string>{"fine during pregnancy"});
  CHECK(matched(run_rule("claim/contraindicated-use", "Kratom is okay to use while breastfeeding.")) ==
        std::vector<std::string>{"okay to use while breastfeeding"});
  CHECK(run_rule("claim/contraindicated-use", "Most foods are fine during treatment with semaglutide.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Ketamine is not okay during pregnancy.").empty());
  // The group named first after the term is the one reported.
  CHECK(sole_message("claim/contraindicated-use", "Semaglutide is safe during pregnancy and with a family history of thyroid cancer.") ==
        "'safe during pregnancy' says semaglutide suits a group its reference profile lists: pregnancy (stop at least 2 months "
        "before a planned pregnancy) (caution)");
  // `group_first_terms`: the group comes first, in the same clause; "it" goes on from the
  // sentence before (the profile's `object_pronouns`).
  CHECK(matched(run_rule("claim/contraindicated-use", "Semaglutide is a gentle medicine. Even pregnant women can use it safely.")) ==
        std::vector<std::string>{"pregnant women can use it safely"});
  CHECK(matched(run_rule("claim/contraindicated-use", "People with psychosis can take ketamine without any risk.")) ==
        std::vector<std::string>{"psychosis can take ketamine without any risk"});
  CHECK(run_rule("claim/contraindicated-use", "Pregnant women cannot use ketamine safely.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Patients ask whether ketamine is safe during pregnancy.").empty());
  // The group is read up to a word that starts another thought ("although", "except"),
  // over the commas of a list.
  CHECK(run_rule("claim/contraindicated-use",
                 "Semaglutide is considered safe for most adults when it is prescribed and monitored, although nausea is "
                 "common and pancreatitis is a rare but serious risk.")
            .empty());
  CHECK(run_rule("claim/contraindicated-use", "Semaglutide is safe for adults except people with a family history of thyroid cancer.")
            .empty());
  // Nor past another predicate ("and has", "it can cause"): the risk a real page lists after it is no group.
  CHECK(run_rule("claim/contraindicated-use",
                 "Semaglutide is considered safe for adults and has some side effects, it can cause nausea and pancreatitis.")
            .empty());
  CHECK(matched(run_rule("claim/contraindicated-use", "Ketamine is safe for adults, teenagers and people with psychosis.")) ==
        std::vector<std::string>{"safe for adults, teenagers and people with psychosis"});
  // A group negated in the two words before it is the group left out.
  CHECK(run_rule("claim/contraindicated-use", "Semaglutide is safe for women with PCOS who are not pregnant.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Ketamine is safe for non-pregnant adults.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Kratom is safe for people who are pregnant.").size() == 1);
  // Stopping safely is not using safely.
  CHECK(run_rule("claim/contraindicated-use", "Pregnant women who use kratom should get medical help to stop safely.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Pregnant women can taper off kratom safely under supervision.").empty());
  CHECK(run_rule("claim/contraindicated-use", "In pregnancy, ketamine has been used safely for caesarean anaesthesia.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Pregnant women should avoid ketamine; adults in a clinic can receive it safely.").empty());
  // The pronoun needs a sentence about the drug right before it, in the same paragraph.
  CHECK(run_rule("claim/contraindicated-use", "Semaglutide is a gentle medicine.\n\nEven pregnant women can use it safely.").empty());
  CHECK(run_rule("claim/contraindicated-use", "Semaglutide is a gentle medicine. Diet matters. Pregnant women can manage it safely.").empty());
  // Children are listed for esketamine only: ketamine's label covers paediatric sedation.
  CHECK(run_rule("claim/contraindicated-use", "Spravato is safe for teenagers with depression.").size() == 1);
  CHECK(run_rule("claim/contraindicated-use", "Ketamine is considered safe for children undergoing short procedures.").empty());
}

TEST_CASE("dose schedule: a schedule the label does not give / and the wordings that stay silent", "[claims]") {
  const std::string rule = "claim/dose-schedule";
  // Ozempic and Wegovy are injected once a week, Rybelsus is taken once a day.
  CHECK_THAT(sole_message(rule, "Ozempic is a once-daily injection that lowers blood sugar."),
             Catch::Contains("'once-daily' is not how often Ozempic is given: its reference profile gives it once a week"));
  CHECK(matched(run_rule(rule, "You inject Wegovy every day, at the same time.")) == std::vector<std::string>{"every day"});
  CHECK_THAT(sole_message(rule, "Rybelsus is a weekly pill for type 2 diabetes."), Catch::Contains("once a day"));
  CHECK(matched(run_rule(rule, "Ozempic is injected every two weeks in most clinics.")) == std::vector<std::string>{"every two weeks"});
  CHECK(matched(run_rule(rule, "Wegovy is a monthly injection, according to the clinic.")) == std::vector<std::string>{"monthly injection"});
  // No product named: the substance's ranges by the dosing word's route. Semaglutide's
  // injections are all weekly and its tablets daily.
  CHECK_THAT(sole_message(rule, "Semaglutide is a daily injection that curbs appetite."),
             Catch::Contains("'daily' is not how often semaglutide is given: its reference profile gives it once a week"));
  CHECK(matched(run_rule(rule, "Semaglutide tablets are taken once a week.")) == std::vector<std::string>{"once a week"});
  // When the dosing word names no route ("taken"), one route word in the clause does.
  CHECK_THAT(sole_message(rule, "Oral semaglutide is taken once a week, on the same day."),
             Catch::Contains("'once a week' is not how often semaglutide is given: its reference profile gives it once a day"));
  CHECK(matched(run_rule(rule, "Injectable semaglutide is taken every day.")) == std::vector<std::string>{"every day"});
  CHECK(matched(run_rule(rule, "Semaglutide taken by mouth is dosed weekly.")) == std::vector<std::string>{"weekly"});
  // Spravato's label gives three schedules (the product's `schedules`): twice a week, then
  // weekly or every two weeks. A wording inside a longer one is the longer one's.
  CHECK_THAT(sole_message(rule, "Spravato is a daily nasal spray for depression."),
             Catch::Contains("'daily' is not how often Spravato is given: its reference profile gives it twice a week, once a week or "
                             "once every two weeks"));
  CHECK(matched(run_rule(rule, "Once you feel better, Spravato is given once a month.")) == std::vector<std::string>{"once a month"});
  CHECK(matched(run_rule(rule, "Ozempic is injected twice weekly.")) == std::vector<std::string>{"twice weekly"});
  // A substance whose ranges give no schedule is held to its products' by the route, when they
  // agree: esketamine's one product is Spravato.
  CHECK_THAT(sole_message(rule, "Esketamine nasal spray is used every day."),
             Catch::Contains("'every day' is not how often esketamine is given: its reference profile gives it twice a week"));
  CHECK(matched(run_rule(rule, "Ozempic is injected bi-weekly by most patients.")) == std::vector<std::string>{"bi-weekly"});
  // A labelled schedule in another clause does not excuse a wrong one.
  CHECK(matched(run_rule(rule, "Spravato is given twice a week at first, and some patients need a dose every day.")) ==
        std::vector<std::string>{"every day"});
  // Clinic sessions and treatments are dosing words too.
  CHECK(matched(run_rule(rule, "Patients attend Spravato sessions daily during induction.")) == std::vector<std::string>{"daily"});
  CHECK(matched(run_rule(rule, "Spravato treatments are given every day.")) == std::vector<std::string>{"every day"});
  const char* const silent[] = {
      "Spravato is given twice a week for the first month, then weekly.",
      "In maintenance, Spravato is sprayed every two weeks.",
      "Esketamine is sprayed twice a week for the first four weeks.",
      // No product of esketamine is a tablet; ketamine's products give no schedule.
      "Esketamine tablets are taken daily in one trial.",
      "Compounded esketamine lozenges are taken daily by some patients.",
      // No product or range of semaglutide is sublingual (compounded drops are not Rybelsus).
      "Sublingual semaglutide drops are taken once a week.",
      // The daily antidepressant taken beside Spravato (another drug, `other_drugs`).
      "Spravato must be used together with an oral antidepressant taken daily.",
      "Patients keep taking their daily antidepressant medication while on Spravato.",
      // The labelled schedule, said or said too.
      "Ozempic is a once-weekly injection.",
      "Take Rybelsus every day with a sip of water.",
      "Rybelsus is taken daily, while Ozempic is injected weekly.",
      "The Wegovy dose is increased every four weeks until you reach 2.4 mg.",
      // Negated, asked, compared, another drug's or another product's schedule.
      "Ozempic is not a daily injection.",
      "Is Ozempic a daily injection?",
      "Unlike Saxenda, a daily injection, Ozempic is taken once a week.",
      "Rybelsus is an oral alternative to weekly injections.",
      "For people who dislike needles, Rybelsus is a daily tablet version of Ozempic.",
      // A schedule word with no dosing word next to it is no dosing schedule.
      "Many people on Ozempic walk every day and eat less.",
      "I check my blood sugar daily since starting Ozempic injections.",
      "Wegovy doses cost about $1,300 monthly without insurance.",
      // "taken" names no route (semaglutide's ranges give both schedules); ketamine's and
      // Spravato's ranges give no schedule.
      "Semaglutide is taken daily by many patients.",
      "Semaglutide injections are given weekly, while the tablets are taken daily.",
      // A route word agreeing with the schedule; two routes in the clause name neither; the
      // dosing word's own route comes first.
      "Oral semaglutide is taken daily, 30 minutes before breakfast.",
      "Subcutaneous semaglutide is given once a week.",
      "Oral and injectable semaglutide are both taken every two weeks.",
      "Oral semaglutide is an option for people who dislike weekly injections.",
      "Ketamine is given as an injection every day in some clinics.",
      // A labelled schedule in the same clause: the wrong one is an alternative it sets aside.
      "Spravato is sprayed daily or twice a week, depending on the trial.",
      // A dose with units is claim/dose-out-of-range's, which reports it once.
      "Ozempic 1 mg is injected daily.",
  };
  for (const char* text : silent) {
    INFO(text);
    CHECK(run_rule(rule, text).empty());
  }
  CHECK(matched(run_rule("claim/dose-out-of-range", "Ozempic 1 mg is injected daily.")) == std::vector<std::string>{"1 mg"});
}

TEST_CASE("restricted use: use outside a condition the label sets", "[claims]") {
  // Esketamine is given only in certified settings, observed for two hours, with no driving after.
  CHECK_THAT(sole_message("claim/restricted-use", "Your Spravato doses are shipped to your door."),
             Catch::Contains("never dispensed for home use"));
  CHECK(matched(run_rule("claim/restricted-use", "With esketamine there is no need to stay at the clinic after your dose.")) ==
        std::vector<std::string>{"no need to stay"});
  CHECK(matched(run_rule("claim/restricted-use", "After a Spravato session you can drive yourself home.")) ==
        std::vector<std::string>{"drive yourself home"});
  // Driving applies to ketamine too (24 hours on its label); home use does not.
  CHECK(matched(run_rule("claim/restricted-use", "Ketamine infusions take 40 minutes and most patients drive home afterwards.")) ==
        std::vector<std::string>{"drive home"});
  CHECK(run_rule("claim/restricted-use", "Ketamine lozenges are shipped to your door.").empty());
  // The passive "can be used at home" and driving after a named drug.
  CHECK(matched(run_rule("claim/restricted-use", "Spravato can be used at home once you are stable.")) ==
        std::vector<std::string>{"be used at home"});
  CHECK(matched(run_rule("claim/restricted-use", "You can drive after your Spravato treatment.")) ==
        std::vector<std::string>{"drive after your Spravato"});
  CHECK(run_rule("claim/restricted-use", "Spravato cannot be used at home. Do not drive after your Spravato treatment.").empty());
  CHECK(matched(run_rule("claim/restricted-use", "You can drive after a ketamine infusion.")) == std::vector<std::string>{"drive after a"});
  CHECK(run_rule("claim/restricted-use", "You should not drive after a ketamine infusion.").empty());
  CHECK(run_rule("claim/restricted-use", "Patients keep taking their antidepressant at home while Spravato is given in a clinic.").empty());
  // Every substance of the sentence must be restricted: the at-home one here is ketamine.
  CHECK(run_rule("claim/restricted-use", "Ketamine doses at home cost less than Spravato sessions in a clinic.").empty());
  CHECK(run_rule("claim/restricted-use", "Spravato doses at home cost less than sessions in a clinic.").size() == 1);
  // Ketamine and esketamine are Schedule III: a denial of control contradicts the label.
  CHECK(matched(run_rule("claim/restricted-use", "Ketamine is not a controlled substance.")) ==
        std::vector<std::string>{"not a controlled substance"});
  CHECK(matched(run_rule("claim/restricted-use", "Spravato isn't a controlled substance.")) ==
        std::vector<std::string>{"isn't a controlled substance"});
  CHECK(run_rule("claim/restricted-use", "Ketamine is a Schedule III controlled substance.").empty());
  CHECK(run_rule("claim/restricted-use", "It is a myth that ketamine is not a controlled substance.").empty());
  CHECK(run_rule("claim/restricted-use", "Is ketamine a controlled substance?").empty());
  // After a contrast, a wording with another subject is said of that subject; a pronoun or a
  // subject term keeps it on the substance.
  CHECK(run_rule("claim/restricted-use", "Spravato (esketamine) must be given in a certified clinic, but our tablets can be taken at home.").empty());
  CHECK(run_rule("claim/restricted-use", "Spravato must be given in a clinic, but it can be taken at home once you are stable.").size() == 1);
  CHECK(run_rule("claim/restricted-use", "Spravato costs more, but the medication can be taken at home.").size() == 1);
  CHECK(run_rule("claim/restricted-use", "Unlike IV drips, Spravato can be taken at home.").size() == 1);
  // Negated, asked, refuted, or with the condition met.
  CHECK(run_rule("claim/restricted-use", "Spravato is given in a clinic. Do not drive yourself home after your session.").empty());
  CHECK(run_rule("claim/restricted-use", "Esketamine is never dispensed for home use.").empty());
  CHECK(run_rule("claim/restricted-use", "Can you use Spravato at home?").empty());
  CHECK(run_rule("claim/restricted-use", "Some clinics say you can drive yourself home after Spravato, which is not true.").empty());
  CHECK(run_rule("claim/restricted-use", "After esketamine you may drive home the next day after a restful sleep.").empty());
  CHECK(run_rule("claim/restricted-use", "After ketamine, a friend should drive home with you.").empty());
  // "Your infusion" and "your session" (the profile's `subject_terms`) stand for the drug of a
  // one-drug page; the same sentence on a page about no drug stays silent.
  CHECK(matched(run_rule("claim/restricted-use", "Ketamine infusion therapy.\n\nYou can drive yourself home after your infusion.")) ==
        std::vector<std::string>{"drive yourself home"});
  CHECK(run_rule("claim/restricted-use", "Dental surgery.\n\nYou can drive yourself home after your infusion.").empty());
  // Semaglutide pens are never shared; keeping one between doses is not sharing it.
  CHECK(matched(run_rule("claim/restricted-use", "You can share your Ozempic pen with your partner.")) ==
        std::vector<std::string>{"share your Ozempic pen"});
  CHECK(run_rule("claim/restricted-use", "Never share your Ozempic pen, even with the needle changed.").empty());
  CHECK(run_rule("claim/restricted-use", "Keep your Ozempic pen in the refrigerator between doses.").empty());
  // Spravato is approved for adults only; racemic ketamine's anaesthesia has no such limit here.
  CHECK(matched(run_rule("claim/restricted-use", "Spravato is FDA approved for teens with depression.")) ==
        std::vector<std::string>{"approved for teens"});
  CHECK(run_rule("claim/restricted-use", "Spravato is not approved for children. Is Spravato approved for teens? No.").empty());
  CHECK(run_rule("claim/restricted-use", "Ketamine is approved for children as an anesthetic.").empty());
  CHECK(run_rule("claim/restricted-use", "Spravato is approved for adults; studies in teens continue.").empty());
  // Ages by product: Ozempic and Rybelsus are for adults, Wegovy also for children from 12.
  CHECK(matched(run_rule("claim/restricted-use", "Ozempic is approved for teens with type 2 diabetes.")) ==
        std::vector<std::string>{"approved for teens"});
  CHECK(matched(run_rule("claim/restricted-use", "Wegovy is approved for children aged 6 and older with obesity.")) ==
        std::vector<std::string>{"approved for children aged 6"});
  CHECK(run_rule("claim/restricted-use", "Wegovy is approved for teens aged 12 and older with obesity.").empty());
  CHECK(run_rule("claim/restricted-use", "Semaglutide is approved for adolescents as Wegovy.").empty());
  CHECK(run_rule("claim/restricted-use", "Wegovy is approved for adolescents, while Ozempic is approved for adults.").empty());
  // A page about a drug with no restriction of that kind has nothing to contradict.
  CHECK(run_rule("claim/restricted-use", "Kratom powder is shipped to your door.").empty());
  // Kratom's legal status: not a lawful dietary supplement, banned in several states.
  CHECK_THAT(sole_message("claim/restricted-use", "Kratom is regulated as a dietary supplement."),
             Catch::Contains("not lawfully marketed") && Catch::Contains("kratom"));
  CHECK(matched(run_rule("claim/restricted-use", "Kratom is legal in all 50 states.")) == std::vector<std::string>{"legal in all 50 states"});
  const char* status_fine[] = {
      "Is kratom legal in all 50 states?",
      "Kratom is not legal in every state.",
      "Kratom is legal in most states.",
      "Kratom is sold as a dietary supplement, but the FDA says it is not a lawful dietary supplement.",
      "Buying kratom is totally legal in Texas.",
      // Not federally controlled, but scheduled by some states; a proposal is no scheduling.
      "Kratom is a Schedule I drug in Indiana.",
      "In Alabama, kratom is a Schedule I controlled substance.",
      "The DEA proposed listing kratom as a Schedule I substance in 2016 but withdrew the notice.",
      "The FDA recommended that 7-OH be classified as a Schedule I substance.",
      "Kratom is not a federally controlled substance.",
      "Is kratom a Schedule I drug?",
      // Said of the subject named first, before the profile's substance comes in.
      "Heroin is a Schedule I drug, and kratom is not.",
      "Heroin is federally illegal, whereas kratom is sold in gas stations.",
  };
  for (const char* text : status_fine) {
    INFO(text);
    CHECK(run_rule("claim/restricted-use", text).empty());
  }
  // Kratom is not controlled under federal law: the DEA withdrew its 2016 notice.
  CHECK_THAT(sole_message("claim/restricted-use", "Kratom is a Schedule I drug in the United States."),
             Catch::Contains("not a controlled substance under US federal law"));
  CHECK(matched(run_rule("claim/restricted-use", "Kratom has been federally illegal since 2016.")) ==
        std::vector<std::string>{"federally illegal"});
  CHECK(matched(run_rule("claim/restricted-use", "Because it is a Schedule I drug, kratom cannot be sold online.")) ==
        std::vector<std::string>{"a Schedule I drug"});
}

TEST_CASE("starting dose: above the dose the label starts at / label starts and negations pass", "[claims]") {
  CHECK_THAT(sole_message("claim/starting-dose", "To see results faster, some clinics start patients directly at 2.4 mg of Wegovy."),
             Catch::Contains("starting dose '2.4 mg' for Wegovy is above the dose its label starts at (0.25 mg subcutaneous per week"));
  // A follow-on sentence, and one on a page whose main substance it is.
  CHECK(matched(run_rule("claim/starting-dose", "Semaglutide is a weekly injection. Some clinics start at 1 mg to get results faster.")) ==
        std::vector<std::string>{"1 mg"});
  CHECK(matched(run_rule("claim/starting-dose",
                         "Semaglutide dosing\n\nWeek 17 and after: 2.4 mg once weekly\n\nSome clinics start patients directly at 2.4 mg.")) ==
        std::vector<std::string>{"2.4 mg"});
  // Rybelsus starts at 3 mg; a dose only its range holds is held to its start.
  CHECK(matched(run_rule("claim/starting-dose", "Rybelsus: start with 7 mg a day.")) == std::vector<std::string>{"7 mg"});
  const char* fine[] = {
      "Wegovy starts at 0.25 mg once a week and is raised every four weeks to 2.4 mg.",
      "Your starting dose of Ozempic is 0.25 mg, and after four weeks you move to 0.5 mg.",
      "Rybelsus: start with 3 mg a day for 30 days, then 7 mg.",
      "Never start Wegovy at 2.4 mg.",
      "Do not start at 1 mg of semaglutide.",
      "Wegovy starting dose: 0.25 mg. Maintenance: 2.4 mg.",
      "When you move up to 1 mg of Ozempic, nausea may come back.",  // a later step, not the start
      "Semaglutide microdosing starts at 0.1 mg.",                   // below the start: not this rule's
      "Ketamine infusions start at 0.5 mg/kg.",                      // no start in ketamine's ranges
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(run_rule("claim/starting-dose", text).empty());
  }
  // A dose outside every range is the range rule's alone.
  CHECK(run_rule("claim/starting-dose", "Some clinics start Wegovy at 24 mg.").empty());
  CHECK(run_rule("claim/dose-out-of-range", "Some clinics start Wegovy at 24 mg.").size() == 1);
}

TEST_CASE("dose range: tenfold errors and wrong units are flagged / label doses pass", "[claims]") {
  CHECK(matched(run_rule("claim/dose-out-of-range", "Ketamine is infused at 5 mg/kg for depression.")) ==
        std::vector<std::string>{"5 mg/kg"});
  CHECK(matched(run_rule("claim/dose-out-of-range", "Spravato is sprayed at 560 mg.")) == std::vector<std::string>{"560 mg"});
  CHECK(matched(run_rule("claim/dose-out-of-range", "Ozempic goes up to 24 mg weekly.")) == std::vector<std::string>{"24 mg"});
  // A weekly injection dose given a daily schedule fits no range: the only daily one is the tablet's.
  const auto daily = run_rule("claim/dose-out-of-range", "Semaglutide is started at 0.25 mg daily and raised to 2.4 mg per day.");
  CHECK(matched(daily) == std::vector<std::string>{"0.25 mg", "2.4 mg"});
  REQUIRE(!daily.empty());
  CHECK_THAT(daily[0].message, Catch::Contains("0.25–2.4 mg subcutaneous per week"));
  // A sentence that names a range's use (its `use_terms`) is held to the ranges of that use: an
  // anaesthetic dose for depression.
  const auto for_depression = run_rule("claim/dose-out-of-range", "Ketamine infusions at 2 mg/kg are used for depression.");
  CHECK(matched(for_depression) == std::vector<std::string>{"2 mg/kg"});
  REQUIRE(for_depression.size() == 1);
  CHECK_THAT(for_depression[0].message, Catch::Contains("sub-anaesthetic antidepressant infusion") &&
                                            !Catch::Contains("anaesthesia induction"));
  // A named product is held to its own label: Wegovy's 2.4 mg is not Ozempic's.
  CHECK_THAT(sole_message("claim/dose-out-of-range", "Ozempic goes up to 2.4 mg once a week."),
             Catch::StartsWith("dose '2.4 mg' for Ozempic is outside"));
  const char* fine[] = {
      "Wegovy is started at 0.25 mg once weekly and raised every four weeks to 2.4 mg.",
      "Ozempic and Wegovy go up to 2 mg and 2.4 mg weekly.",
      "Each Ozempic pen holds 8 mg/3 mL of semaglutide and delivers 2 mg doses.",  // a concentration, not a dose
      "Ozempic contains 1.34 mg per mL.",
      "Rybelsus is taken once a day at 3 mg, 7 mg or 14 mg; Ozempic is injected weekly at 0.5 mg or 1 mg.",
      "Semaglutide tablets are taken every morning at 14 mg.",
      "Spravato is given at 56 mg twice a week.",  // esketamine's range names no schedule
      "The ketamine group received a sub-anesthetic dose of 0.5 mg/kg.",  // "anesthetic" inside "sub-anesthetic"
      "Ketamine is infused at 0.5 mg/kg over forty minutes.",
      "Ketamine has been studied at 0.1–0.75 mg/kg.",
      "Intramuscular ketamine for anaesthesia uses 6.5 to 13 mg/kg.",
      "Spravato is given at 56 mg or 84 mg.",
      "Wegovy starts at 0.25 mg and reaches 2.4 mg.",
      "Ketamine 500 mcg/kg is 0.5 mg/kg.",
      "Kratom powder is sold in 50 g bags.",  // no dose ranges in the kratom profile
      // A sentence after one about the drug, with another drug in it: its dose is that drug's.
      "Ketamine is given as an infusion. Midazolam 2 mg may be added for anxiety.",  // a word the dictionary lacks
      "Semaglutide is taken weekly. Metformin 500 mg twice daily may be continued.",  // a listed other drug
      "Ketamine is given as an infusion.\n\nA typical dose is 5 mg/kg over forty minutes.",  // another paragraph
      "Ketamine is given as an infusion. The usual dose is 0.5 mg/kg over forty minutes.",
      // Both uses named: the doses are held to the ranges of both.
      "Ketamine for depression is given at 0.5 mg/kg, well below the anaesthetic dose of 2 mg/kg.",
      "For surgery, ketamine is given at 0.5 mg/kg intravenously.",  // "surgery" names no range's use
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(run_rule("claim/dose-out-of-range", text).empty());
  }
  // A sentence that goes on from one about the drug, in its paragraph, is read as about it.
  CHECK_THAT(sole_message("claim/dose-out-of-range", "Semaglutide is injected once a week. Some clinics start patients at 25 mg weekly."),
             Catch::StartsWith("dose '25 mg' for semaglutide is outside"));
  CHECK(matched(run_rule("claim/dose-out-of-range", "Ketamine is given as an infusion.\nA typical dose is 5 mg/kg over forty minutes.")) ==
        std::vector<std::string>{"5 mg/kg"});
}

TEST_CASE("risk omitted: safety discussions must name the major risks", "[claims]") {
  const auto found = run_rule("risk/omitted", "Ketamine side effects include dissociation and nausea. Ketamine is popular.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].scope == Scope::document);
  CHECK_THAT(found[0].message, Catch::Contains("bladder toxicity"));
  CHECK(run_rule("risk/omitted", "Ketamine side effects include dissociation and cystitis. Ketamine is popular.").empty());
  // A risk word split by a PDF's line end, or holding a soft hyphen, is still named.
  CHECK(run_rule("risk/omitted", "Ketamine side effects include dissociation and ulcerative cys-\n  titis. Ketamine is popular.").empty());
  CHECK(run_rule("risk/omitted", "Ketamine side effects include dissociation and cys\u00ADtitis. Ketamine is popular.").empty());
  CHECK(run_rule("risk/omitted", "Ketamine side effects include dissociation and cys-\n\ntitis. Ketamine is popular.").size() == 1);
  CHECK(run_rule("risk/omitted", "Ketamine was first made in 1962. Ketamine is an anaesthetic.").empty());  // no safety talk
  CHECK(run_rule("risk/omitted", "Aspirin side effects include stomach upset.").empty());                 // no profile
  // "risk" (a weak discussion term) counts only in a paragraph with a sentence about the drug.
  CHECK(run_rule("risk/omitted", "Ketamine was first made in 1962. Ketamine is an anaesthetic.\n\n"
                                 "For these patients the risk of suicide is much greater.").empty());
  CHECK(run_rule("risk/omitted", "Ketamine was first made in 1962. Ketamine is an anaesthetic.\n\n"
                                 "Ketamine helps some patients. The risks need more study.").size() == 2);
  // Safety as a step of the approval process (the rule's `not_within`) is no safety discussion.
  CHECK(run_rule("risk/omitted", "Semaglutide is sold as Wegovy. Semaglutide went through a full FDA safety review.").empty());
  CHECK(run_rule("risk/omitted", "Semaglutide is sold as Wegovy. Semaglutide is safe for most adults.").size() == 2);
  // Nor are an agency's warning letters, or a product "not proven safe" (a news brief on enforcement).
  CHECK(run_rule("risk/omitted", "The FDA sent warning letters to kratom sellers. Kratom products have not been proven safe.").empty());
  // A spinner's "side effects" is a safety discussion wherever it stands.
  CHECK(run_rule("risk/omitted", "Ketamine was first made in 1962. Ketamine is an anaesthetic.\n\n"
                                 "Facet results might embrace nausea.").size() == 2);
  // Dissociation in a patient's words ("a feeling of floating") names the risk too.
  CHECK(run_rule("risk/omitted", "Ketamine side effects include a feeling of floating. It can damage the urinary bladder.").empty());
  CHECK(run_rule("risk/omitted", "Ketamine side effects include feeling floaty and spaced out. It can damage the urinary bladder.").empty());
  CHECK_THAT(sole_message("risk/omitted", "Ketamine side effects include dizziness. It can damage the urinary bladder."),
             Catch::Contains("dissociation"));
  // Its common misspelling and a spinner's "sensation of separation" name it as well.
  CHECK(run_rule("risk/omitted", "Ketamine side effects include disassociation. It can damage the urinary bladder.").empty());
  CHECK(run_rule("risk/omitted", "Normal incidental effects of ketamine incorporate a sensation of separation. It can damage the bladder.")
            .empty());
  CHECK(run_rule("risk/omitted", "Kratom side effects include nausea and addiction. Liver injury is reported. Mixed with opioids it can be deadly.")
            .empty());
  // A news page's "substance use disorder" names addiction.
  CHECK(run_rule("risk/omitted", "Kratom can cause serious harm, including liver injury, seizures and substance use disorder. "
                                 "Deaths have been reported.")
            .empty());
  // The common misspelling "dependancy" (a spinner's too) names addiction.
  CHECK(run_rule("risk/omitted", "Kratom side effects include nausea. Liver injury and deaths are reported. Long-term use can lead to dependancy.")
            .empty());
  // A quoted official's "killing people" names the deaths.
  CHECK(run_rule("risk/omitted", "Kratom side effects include nausea and addiction. Liver injury is reported. "
                                 "\"It's an addiction that's truly killing people,\" he said.")
            .empty());
  // The organ named in a sentence on how the drug works is not its disease.
  const std::string semaglutide_safety = "Semaglutide side effects include nausea. Its label warns of thyroid C-cell tumours. ";
  CHECK_THAT(sole_message("risk/omitted", semaglutide_safety + "It helps the pancreas release insulin."), Catch::Contains("pancreatitis"));
  CHECK(run_rule("risk/omitted", semaglutide_safety + "Rarely it causes inflammation of the pancreas.").empty());
  CHECK(run_rule("risk/omitted", semaglutide_safety + "Rarely it causes pancreatitis.").empty());
}

TEST_CASE("the main profile is chosen by frequency / with the title counting extra", "[claims]") {
  const auto& catalog = test::default_catalog();
  const Document title_doc("t.txt", "Semaglutide and weight\nA note on ketamine. Another on ketamine.");
  const DocumentProfiles by_title(title_doc, catalog, {});
  REQUIRE(by_title.main());
  CHECK(by_title.main()->name == "semaglutide");
  const Document passing("t.txt", "A long article.\nIt mentions kratom once.");
  CHECK_FALSE(DocumentProfiles(passing, catalog, {}).main());
  const DocumentProfiles forced(passing, catalog, {*catalog.find("ketamine")});
  CHECK(forced.main()->name == "ketamine");
  CHECK(forced.mentions().empty());  // kratom is not among the forced profiles
}

TEST_CASE("profiles fail to load with a pointer when they are inconsistent", "[claims]") {
  auto error_of = [](const std::string& text) {
    try {
      (void)load_profile({"p.json", "p", text});
    } catch (const LoadError& error) {
      return std::string(error.what());
    }
    return std::string("(loaded)");
  };
  const std::string base = R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": []})";
  CHECK(error_of(base) == "(loaded)");
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "products": [{"name": "X", "substance": "y", "routes": [], "approved_for": [], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /products/0/substance: unknown substance 'y'"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}],
    "risks": [{"id": "r", "name": "r", "severity": "severe", "terms": ["t"], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /risks/0/severity: expected \"major\" or \"moderate\""));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "doses": [{"substance": "x", "route": "oral", "min": 5, "max": 1, "unit": "mg", "source": "s"}]})"),
             Catch::StartsWith("p.json: at /doses/0/min: min is larger than max"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "doses": [{"substance": "x", "route": "oral", "min": 1, "max": 5, "unit": "mg", "per": "month", "source": "s"}]})"),
             Catch::StartsWith("p.json: at /doses/0/per: expected \"day\" or \"week\""));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "doses": [{"substance": "x", "route": "oral", "min": 1, "max": 5, "start": 0.5, "unit": "mg", "source": "s"}]})"),
             Catch::StartsWith("p.json: at /doses/0/start: expected a number from min to max"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "products": [{"name": "X", "substance": "x", "routes": [], "approved_for": [], "schedules": ["weekly"], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /products/0/schedules/0: expected one of \"day\", \"twice a week\""));
  CHECK(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "products": [{"name": "X", "substance": "x", "routes": [], "approved_for": [], "schedules": ["twice a week", "week"], "source": "s"}]})") ==
        "(loaded)");
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "doses": [{"substance": "x", "route": "oral", "min": 1, "max": 5, "unit": "mg", "product": "Nope", "source": "s"}]})"),
             Catch::StartsWith("p.json: at /doses/0/product: unknown product 'Nope'"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "contraindications": [{"id": "c", "name": "c", "terms": ["t"], "substances": ["y"], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /contraindications/0/substances/0: unknown substance 'y'"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "restrictions": [{"id": "r", "name": "r", "terms": [], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /restrictions/0/terms"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "restrictions": [{"id": "r", "name": "r", "terms": ["t"], "source": "s"}, {"id": "r", "name": "q", "terms": ["u"], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /restrictions/1/id: duplicate restriction id 'r'"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [],
    "restrictions": [{"id": "r", "name": "r", "terms": ["t"], "products": ["Nope"], "source": "s"}]})"),
             Catch::StartsWith("p.json: at /restrictions/0/products/0: unknown product 'Nope'"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [], "extra": 1})"),
             Catch::StartsWith("p.json: at /extra: unknown key"));
  // Names and terms are whole-word phrases: each must start with a letter or digit.
  CHECK_THAT(error_of(R"J({"profile": "p", "substances": [{"id": "x", "names": ["xdrug", "(xd)"]}], "risks": []})J"),
             Catch::StartsWith("p.json: at /substances/0/names/1: phrase '(xd)' does not start with a letter or digit"));
  CHECK_THAT(error_of(R"({"profile": "p", "substances": [{"id": "x", "names": ["xdrug"]}], "risks": [], "subject_terms": ["-the drug"]})"),
             Catch::StartsWith("p.json: at /subject_terms/0: phrase '-the drug' does not start with a letter or digit"));
}

TEST_CASE("every built-in profile names a source for each fact", "[claims]") {
  for (const Profile& profile : test::default_catalog().profiles()) {
    INFO(profile.name);
    for (const Product& p : profile.products) CHECK_FALSE(p.source.empty());
    for (const Risk& r : profile.risks) CHECK_FALSE(r.source.empty());
    for (const Contraindication& c : profile.contraindications) CHECK_FALSE(c.source.empty());
    for (const Restriction& r : profile.restrictions) CHECK_FALSE(r.source.empty());
    for (const DoseRange& d : profile.doses) CHECK_FALSE(d.source.empty());
    CHECK(std::any_of(profile.risks.begin(), profile.risks.end(), [](const Risk& r) { return r.major; }));
  }
  CHECK(test::default_catalog().profiles().size() >= 3);
}
