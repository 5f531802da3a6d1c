// The built-in detectors on real sentences: where they fire and, above all, where they stay silent.
#include <catch2/catch.hpp>

#include "test_support.hpp"
#include "text/lexicon.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace medlint;

using test::matched;
using test::run_rule;

TEST_CASE("mid_sentence_capital flags spun capitals", "[detectors]") {
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "Ketamine is Secure and helpful for most adults.")) ==
        std::vector<std::string>{"Secure"});
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "It is both of those Risk-free and can be effective.")) ==
        std::vector<std::string>{"Risk"});
  // Two letters: the dictionary's capitalised "As" is the symbol of arsenic, not a name.
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "Ketamine is used As a sedative in surgery.")) ==
        std::vector<std::string>{"As"});
  const auto found = run_rule("spinner/mid-sentence-capital", "The wellness sphere; Portion of a broader motion.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].suggestion == "portion");
  // A whole word before a full stop is not an abbreviation.
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "For most adults the infusion is Secure. It works fast.")) ==
        std::vector<std::string>{"Secure"});
  // A short line is a sentence when it ends with a mark; without one it is a heading (below).
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "Ketamine is Secure and helpful.")) == std::vector<std::string>{"Secure"});
  // A drug stem names a drug only at a word's end ("vir" in "Virtual" is none).
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "The visit is Virtual and the dose is Protective at first.")) ==
        std::vector<std::string>{"Virtual", "Protective"});
  // A short line with no mark is a heading, unless a verb such as "is" comes right before the capital.
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "Intro text comes first.\n\nThe drug is Protected\nIt helps.")) ==
        std::vector<std::string>{"Protected"});
  // A bracketed marker excuses the capital only after a full stop.
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "Two trials (two) Repeated the dose in adults.")) ==
        std::vector<std::string>{"Repeated"});
  // Only the word right after a name introducer is excused.
  CHECK(matched(run_rule("spinner/mid-sentence-capital", "A drug called ketamine is Secure and helpful.")) ==
        std::vector<std::string>{"Secure"});
}

TEST_CASE("mid_sentence_capital stays silent on names / headings / acronyms and openers", "[detectors]") {
  // House styles capitalise professions and services.
  CHECK(run_rule("spinner/mid-sentence-capital", "Ask your Doctor first. Your first Consultation is free, and every Infusion is supervised.").empty());
  CHECK(run_rule("spinner/mid-sentence-capital", "Ask about the program at both of our Locations. Our Staff will book your Appointment.").empty());
  // Titles before a name ("Dr." also ends a sentence for ICU, so it is the last word there).
  CHECK(run_rule("spinner/mid-sentence-capital", "Patients should wait, said Dr. Amir Khan. They asked Prof. Lee and Ms. Ray.").empty());
  const char* clean[] = {
      "Spravato is approved by the FDA for adults.",                      // brand, acronym
      "Patients with Stage IV Cancer were excluded.",                      // run of capitals
      "It was published in the New England Journal of Medicine.",          // title with joiners
      "Safety Profile of Ketamine in Older Adults",                        // title-case heading
      "Intro text comes first.\n\nGround-breaking Mental health treatment\nIt helps.",  // a short line with no mark: a heading
      "Note: Common effects include nausea.",                              // after a colon
      "He said \"Stop the infusion\" at once.",                            // after a quote
      "- Drug interactions: Monitor closely.",                             // list item
      "Last updated March 2025 by the team.",                              // month
      "People with Type 2 diabetes and Phase 3 results.",                  // capital before a number
      "In the STEP 1 Trial, adults lost weight; SUSTAIN 6 Study data agree.",  // a name with a number inside
      "It lowers appetite.12 Weekly injections follow.",                   // after a flattened reference
      "It blocks receptors.2,3 This raises glutamate.",                    // after a list of them
      "It acts on interneurons.two,three This raises glutamate.",          // spelled out
      "It acts on interneurons.four-six Such effects fade.",               // a range
      "The effect fades within a week.[five] Repeated doses help.",        // spelled out in brackets
      "The effect fades.(two, three) Another trial agreed.",              // a bracketed list of them
      "[35] Monitoring is usually recommended.",                           // first word after a marker
      "Take it on Monday with Dr. Smith from Boston.",                     // proper nouns
      "Semaglutide was developed by Novo Nordisk, a Danish company.",      // a name that is also a common word
      "It was bought in Turkey and reviewed by Jo Bailey last year.",      // (the dictionary lists both)
      "Adults with Obesity lost weight; those with Diabetes did too.",     // conditions in a clinic's house style
      "Is it safe in Pregnancy, and for people with Epilepsy or Sleep Apnea?",  // a template's condition slot
      "Products have been contaminated with Salmonella and lead.",         // a genus (the rule's allow list)
      "In the study, Black patients were less likely to receive it.",      // race, as medical journals write it
      "A ban was tried in 2015, but the Legislation did not pass it.",     // institutions writers capitalise
      "Last month, Variety reported that the drug was everywhere.",         // a publication: the rule's name_verbs
      "Infusions use something called Racemic ketamine, a mixture.",     // after a word that introduces a name
      "Kratom has no synthetic material\u2026Only pure leaves!",            // after an ellipsis
      "As shown in Fig. 2, the response faded.",                           // abbreviations: a short word and its full stop
      "Many people take St. John's wort with it.",
      "Each session costs Rs. 8,000 at the clinic.",
      "The values come from Eq. 3 in the appendix.",
      "The article ran in Vol. 3 and again in Sept. 2021.",                // a longer one before a number
      "It is used to treat Type-2 diabetic patients.",                     // a hyphen before the number
      "Long use can deplete your Vitamin B12 reserves.",                   // a code of a capital and digits
      "Consider taking Metformin with food, or Fluoxetine at night.",       // generic drug names (drug_stems)
      "Patients on Insulin or Aspirin should tell the clinic.",            // well-known drugs (the allow list)
      "In kratom, the Agency's letters and the Agency\u2019s rules differ.",  // an allowed word with a possessive
      "Long-term use has been linked to Cystitis and, rarely, Psychosis.",  // conditions' endings (condition_suffixes)
      "Ketamine may cause Euphoria in many users and may cause Hallucinations.",  // a blog's house style (allow)
      "It is similar to Phencyclidine in how it blocks the receptor.",      // a drug stem ("cyclidine")
  };
  for (const char* text : clean) {
    INFO(text);
    CHECK(run_rule("spinner/mid-sentence-capital", text).empty());
  }
}

TEST_CASE("spam titles: the templates as spam pages write them / ordinary prose stays silent", "[detectors]") {
  CHECK(matched(run_rule("boilerplate/spam-title", "The best Side of ketamine therapy\nKetamine is an anaesthetic.")) ==
        std::vector<std::string>{"The best Side of"});
  CHECK(matched(run_rule("boilerplate/spam-title", "Kratom capsules No Further a Mystery")) ==
        std::vector<std::string>{"No Further a Mystery"});
  // Matched case-sensitively: the same words in ordinary prose are no template.
  CHECK(run_rule("boilerplate/spam-title", "The clinic is on the best side of town.").empty());
  CHECK(run_rule("boilerplate/spam-title", "There are no further details about the trial.").empty());
}

TEST_CASE("lowercase_line_start flags a sentence that lost its capital", "[detectors]") {
  CHECK(matched(run_rule("spinner/lowercase-sentence-start", "It is given slowly.\nthe label warns about pancreatitis.")) ==
        std::vector<std::string>{"the"});
  CHECK(run_rule("spinner/lowercase-sentence-start", "It is given slowly and\nthe label warns about it.").empty());
  CHECK(run_rule("spinner/lowercase-sentence-start", "It works.\nmRNA vaccines differ.\ne.g. this one.").empty());
  // A line ending in an abbreviation has not ended its sentence; a word that only ends like one has.
  CHECK(run_rule("spinner/lowercase-sentence-start", "\u00A9 2019 Salah et al.\nopen-access license: reuse is permitted.").empty());
  CHECK(matched(run_rule("spinner/lowercase-sentence-start", "It was a small trial.\nthe label warns about it.")) ==
        std::vector<std::string>{"the"});
  CHECK(run_rule("spinner/lowercase-sentence-start", "It works.\n\nThe next paragraph.").empty());
  // The pack's exceptions: citation metadata opens lines in lower case.
  CHECK(run_rule("spinner/lowercase-sentence-start", "J Affect Disord. 2023 Mar 15;325:112-121.\ndoi: 10.1016/j.jad.2022.12.051.").empty());
  CHECK(run_rule("spinner/lowercase-sentence-start", "Cited widely.\net al. reported the same.").empty());
  // An author who starts every sentence in lower case lost no capital at a line start; one
  // lower-case opener among capitalised sentences (or e.g. inside a line) is still reported.
  const std::string casual = "kratom is popular. many use it. but is it safe? lets see.\nsome reports describe liver injury.\nthe fda warns about it.";
  CHECK(run_rule("spinner/lowercase-sentence-start", casual).empty());
  const std::string edited = "Kratom is popular. Many use it, e.g. for pain. But is it safe? Let us see.\nsome reports describe liver injury.";
  CHECK(matched(run_rule("spinner/lowercase-sentence-start", edited)) == std::vector<std::string>{"some"});
  // An item of an HTML or Markdown list or a table cell may open in lower case; a paragraph
  // there may not.
  CHECK(run_rule("spinner/lowercase-sentence-start",
                 "<html><body><p>Side effects are listed below.</p><ul><li>nausea and vomiting</li><li>dizziness</li></ul></body></html>",
                 "t.html")
            .empty());
  CHECK(run_rule("spinner/lowercase-sentence-start", "Side effects are listed below.\n\n- nausea and vomiting\n- dizziness\n", "t.md").empty());
  CHECK(run_rule("spinner/lowercase-sentence-start",
                 "<html><body><table><tr><td>Take it with food.</td><td>once daily</td></tr></table></body></html>", "t.html")
            .empty());
  CHECK(matched(run_rule("spinner/lowercase-sentence-start", "It is given slowly.\n\nthe label warns about it.\n\n- a list item\n", "t.md")) ==
        std::vector<std::string>{"the"});
}

TEST_CASE("inserted keyword: a search query after a preposition or article", "[detectors]") {
  // From a real kratom page: the query a link farm wanted ranked, spliced into a sentence.
  CHECK(matched(run_rule("boilerplate/inserted-keyword", "Powder may facilitate faster absorption of is kratom addictive compounds.")) ==
        std::vector<std::string>{"is kratom addictive"});
  CHECK(matched(run_rule("boilerplate/inserted-keyword", "Clinics for is ketamine safe patients opened.")) ==
        std::vector<std::string>{"is ketamine safe"});
  // A real question, a query ending the sentence, and "whether" are the writer's own.
  CHECK(run_rule("boilerplate/inserted-keyword", "Is kratom addictive? The question of whether kratom is addictive comes up.").empty());
  CHECK(run_rule("boilerplate/inserted-keyword", "People keep asking about is kratom addictive.").empty());
  CHECK(run_rule("boilerplate/inserted-keyword", "What is kratom, and is kratom safe for daily use?").empty());
  // A local search query run into the sentence as if it were a name ("our ... near me offers").
  CHECK(matched(run_rule("boilerplate/inserted-keyword",
                         "Our ketamine clinic near me offers infusions. Ketamine therapy near me works fast. "
                         "Patients improve after the first ketamine infusion near me session.")) ==
        std::vector<std::string>{"ketamine clinic near me", "therapy near me", "ketamine infusion near me"});
  // The searcher's own words: a question, a clause or phrase that goes on after "near me".
  CHECK(run_rule("boilerplate/inserted-keyword",
                 "Looking for a ketamine clinic near me? Is there a pharmacy near me that stocks Wegovy? "
                 "I found a clinic near me and booked. Search for a doctor near me for depression.")
            .empty());
}

TEST_CASE("chatbot residue: a chat assistant's side of the conversation left in the page", "[detectors]") {
  const std::string page =
      "Certainly! Here\u2019s a 1,000-word SEO-optimized article about semaglutide:\n\nSemaglutide is a weekly injection.\n\n"
      "As an AI language model, I cannot give medical advice.\nAs of my last knowledge update, Wegovy was in shortage.\n"
      "I hope this helps! Let me know if you'd like me to add a FAQ section.\n";
  CHECK(matched(run_rule("boilerplate/chatbot-residue", page)) ==
        std::vector<std::string>{"Certainly! Here\u2019s", "SEO-optimized article", "As an AI language model", "As of my last knowledge update",
                                 "Let me know if you'd like me to"});
  // The same words in an article's own sentences.
  CHECK(run_rule("boilerplate/chatbot-residue",
                 "AI language models are used to draft patient leaflets. As an AI researcher put it, the model is only a tool. "
                 "Certainly, here the dose matters. Let me know how you feel, the nurse said.")
            .empty());
}

TEST_CASE("anchor_text flags pasted link text and leaves governed phrases", "[detectors]") {
  CHECK(matched(run_rule("boilerplate/anchor-text", "Drugs blocking NMDA get more info receptors may help.")) ==
        std::vector<std::string>{"get more info"});
  // A spun backlink page's link text is reported wherever it stands, governed or not.
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "Ketamine is an anesthetic mouse click the next internet site that blocks NMDA receptors.\n"
                         "To see how, just click the up coming web page to read on.")) ==
        std::vector<std::string>{"mouse click the next internet site", "just click the up coming web page"});
  CHECK(run_rule("boilerplate/anchor-text", "To continue, click the next page button. For details, visit the following web site.").empty());
  // Backlink text that reads like a phrase of its own is reported only when nothing governs it.
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "Esketamine is given as a nasal spray see this site under supervision. Semaglutide slows gastric emptying "
                         "read more here and reduces appetite. Avoid driving you can find out more until the next day.")) ==
        std::vector<std::string>{"see this site", "read more here", "you can find out more"});
  CHECK(run_rule("boilerplate/anchor-text",
                 "You can read more here about dosing. Take a look at this website for the leaflet. Children who read more "
                 "often do better, and patients learn more quickly with a nurse.")
            .empty());
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "Ketamine is an anesthetic pop over to these guys used in surgery. Patients rest, why not look here and go home.")) ==
        std::vector<std::string>{"pop over to these guys", "why not look here"});
  CHECK(matched(run_rule("boilerplate/anchor-text", "They resolve after the infusion is completed and Learn.")) ==
        std::vector<std::string>{"Learn"});
  CHECK(run_rule("boilerplate/anchor-text", "You can get more info about NMDA receptors here.").empty());
  CHECK(run_rule("boilerplate/anchor-text", "To learn more, read the guide. Learn how it works.").empty());
  // Sentence-case link text in mid-sentence, as an article generator's links were scraped.
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "It fades once the dose is stable and Read more. It is linked to bladder problems, Discover more and "
                         "memory loss. Pressure rises and Find out more. It explains its effect on appetite view source and weight.")) ==
        std::vector<std::string>{"Read more", "Discover more", "Find out more", "view source"});
  CHECK(run_rule("boilerplate/anchor-text",
                 "Read more about dosing below. (See more in the leaflet.) Note: Find out more at the clinic. You can view source data.")
            .empty());
  // Lower-case call words pasted between two words; governed ones are the writer's.
  CHECK(matched(run_rule("boilerplate/anchor-text", "Symptoms included jaundice read more dark urine and itching.")) ==
        std::vector<std::string>{"read more"});
  CHECK(run_rule("boilerplate/anchor-text", "Patients who learn more about kratom and want to read more about it can ask.").empty());
  CHECK(run_rule("boilerplate/anchor-text", "For more info, call the clinic.").empty());
  // The SEO link-building tools' own anchors; one piece of link text is one finding, the
  // longest, where the call words ("Learn More") and the phrases ("learn more here") overlap.
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "Ketamine can reduce symptoms within hours more hints and the effect may last a week. Ketamine is a "
                         "dissociative anesthetic informative post used since the 1970s. Results vary Learn More Here and depend "
                         "on the dose. Semaglutide slows gastric emptying try this site and reduces appetite.")) ==
        std::vector<std::string>{"more hints", "informative post", "Learn More Here", "try this site"});
  CHECK(run_rule("boilerplate/anchor-text", "For more hints, ask the nurse. Thank you for this informative post about dosing.").empty());
  // More of the link farms' anchors; governed, or followed by what they introduce, they are prose.
  CHECK(matched(run_rule("boilerplate/anchor-text",
                         "Ketamine blocks NMDA see page receptors. It acts on glutamate click for source receptors. Doses vary "
                         "More Help with weight. Relief comes useful reference within hours.")) ==
        std::vector<std::string>{"see page", "click for source", "More Help", "useful reference"});
  CHECK(run_rule("boilerplate/anchor-text",
                 "You can see page 3 of the leaflet. We moved here in 2010, and the official source of the data is the FDA.")
            .empty());
}

TEST_CASE("anchor_text: a phrase left dangling / or opening a sentence in lower case", "[detectors]") {
  const std::pair<const char*, const char*> flagged[] = {
      // What a scrape leaves after a finished sentence, at the end of a paragraph or before more text.
      {"Ask your doctor. get more info\n\nNext part.", "get more info"},
      {"Ask your doctor.\nclick here\n", "click here"},
      {"Ask your doctor. see details Doses vary.", "see details"},
      // Mid-sentence with nothing after it in the paragraph: nothing governs it either way.
      {"Talk with your doctor get more info\n", "get more info"},
      // Hard-wrapped text goes on on the next line: the word there counts.
      {"Blocking NMDA get more info\nreceptors may help.", "get more info"},
      // Alone on its line, in any case, after a line that does not run on into it.
      {"Weight returns within a year.12\nget more info\nPatients who stop regain it.", "get more info"},
      {"Doses vary.\nMore info:\n", "More info"},
  };
  for (const auto& [text, phrase] : flagged) {
    INFO(text);
    CHECK(matched(run_rule("boilerplate/anchor-text", text)) == std::vector<std::string>{phrase});
  }
  // Continued on the next line, sentences that open with the phrase and go on, capitalised
  // ones, and lower-case line starts that continue the line before are left alone.
  const char* clean[] = {
      "Patients can ask the clinic or get more info\nabout the drug online.",
      "It is listed. click here to open the list.",
      "Doses vary. Click here\n",
      "The maker describes it on the company's\nofficial website and in its leaflet.",
      "The maker has a page on its\nofficial website\n",
      "For the leaflet, the maker's\nofficial website\nlists the doses.",
      "Ask the pharmacist, or\nclick here\n",
  };
  for (const char* text : clean) {
    INFO(text);
    CHECK(run_rule("boilerplate/anchor-text", text).empty());
  }
}

TEST_CASE("repeated_line flags a duplicated title once", "[detectors]") {
  const auto found = run_rule("boilerplate/repeated-title", "Everything about ketamine\nEverything about  ketamine\nBody text here.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 2);
  CHECK(found[0].suggestion == "");
  CHECK(run_rule("boilerplate/repeated-title", "Yes.\nYes.\nA title line\nBody\nA title line").empty());
  // Lines compare by key: a carriage return, tabs and a curly apostrophe at either end do
  // not make them differ; a different word does, even with the same ends and length.
  CHECK(run_rule("boilerplate/repeated-title", "Title of the page\r\n\tTitle of the page\n").size() == 1);
  CHECK(run_rule("boilerplate/repeated-title", "\xE2\x80\x99Tis the season\xE2\x80\x99\n'Tis the  season'\n").size() == 1);
  CHECK(run_rule("boilerplate/repeated-title", "Dose of the drug\nDose at the drug\n").empty());
}

TEST_CASE("repeated paragraph: a paragraph the page carries twice - anywhere in it", "[detectors]") {
  const std::string paragraph = "Semaglutide slows the emptying of the stomach, so people feel full sooner and eat less at each meal.";
  const auto found = run_rule("boilerplate/repeated-paragraph",
                              "Title\n\n" + paragraph + "\n\nMost people start at 0.25 mg once a week.\n\n" + paragraph + "\r\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 7);
  // Short lines, and pieces of a paragraph wrapped at a fixed width (a licence repeats those),
  // are not paragraphs; a changed word makes another paragraph.
  CHECK(run_rule("boilerplate/repeated-paragraph", "Talk to your doctor before you start.\nIt helps.\nTalk to your doctor before you start.\n").empty());
  CHECK(run_rule("boilerplate/repeated-paragraph",
                 "agrees to be bound by the terms and conditions of this License and\nmore\n"
                 "agrees to be bound by the terms and conditions of this License and\n")
            .empty());
  CHECK(run_rule("boilerplate/repeated-paragraph", paragraph + "\n" + "Semaglutide slows the emptying of the stomach, so people feel full sooner and eat less at every meal.\n")
            .empty());
  // Many lines of one length with the same ends, which share a key: each is compared once
  // (sorted by text within the key), and only the true copy is reported.
  std::string many;
  for (int i = 0; i < 50000; ++i) {
    char number[8];
    std::snprintf(number, sizeof number, "%06d", i);
    many += "The value " + std::string(number) + " is listed in the long table of the many values we keep here.\n";
  }
  many += "The value 012345 is listed in the long table of the many values we keep here.\n";
  const auto copies = run_rule("boilerplate/repeated-paragraph", many);
  REQUIRE(copies.size() == 1);
  CHECK(copies[0].line == 50001);
}

TEST_CASE("citation rules tell markers from genuine numbers", "[detectors]") {
  CHECK(matched(run_rule("citation/glued-superscript", "its NMDA receptor antagonism.31 The receptor\nnociceptor stimulation.19\n")) ==
        std::vector<std::string>{"31", "19"});
  CHECK(run_rule("citation/glued-superscript", "It was approved in 2019. The dose is 0.5 mg/kg. See ref. 12 here.").empty());
  // After a percentage, and mid-sentence after a word's comma; a list of numbers or a comma with its space is no marker.
  CHECK(matched(run_rule("citation/glued-superscript", "It cut events by 24%.7 Patients were enrolled.")) == std::vector<std::string>{"7"});
  CHECK(matched(run_rule("citation/glued-superscript", "consistent across subgroups,4 and death was lower")) == std::vector<std::string>{"4"});
  CHECK(run_rule("citation/glued-superscript", "Doses of 1,2 and 4 mg, 1,4-dioxane and so, 3 more.").empty());
  // After an abbreviation or a gloss in parentheses that ends the sentence.
  CHECK(matched(run_rule("citation/glued-superscript", "in treatment-resistant depression (TRD).1,2 The response is fast.")) ==
        std::vector<std::string>{"1,2"});
  CHECK(run_rule("citation/glued-superscript", "It was approved (in 2019). 12 patients were enrolled.").empty());
  // A journal's volume(issue):pages is no marker.
  CHECK(run_rule("citation/glued-superscript", "J Obes Metab 2026;14(3):211-219\nLancet. 2021;397(4):971-984.\n").empty());
  CHECK(matched(run_rule("citation/glued-number-word", "events fell by 24%.one Patients with")) == std::vector<std::string>{"one"});
  CHECK(matched(run_rule("citation/glued-number-word", "liver dysfunction.two Presented data")) == std::vector<std::string>{"two"});
  CHECK(run_rule("citation/glued-number-word", "Two studies agree. It has two forms.").empty());
  // At the end of a line, where a paragraph's last sentence carried the reference.
  CHECK(matched(run_rule("citation/glued-number-word", "Reports of seizures have been published.three\nCombining it")) ==
        std::vector<std::string>{"three"});
  CHECK(run_rule("citation/glued-number-word", "The doses were one, two\nand three.").empty());
  CHECK(matched(run_rule("citation/glued-number-word", "on inhibitory interneurons.two,three This raises it")) ==
        std::vector<std::string>{"two,three"});
  // A two-word number as a spinner spells 23 (with a space, not only a hyphen).
  CHECK(matched(run_rule("citation/glued-number-word", "bind NMDA receptors.twenty three It was made in 1962.")) ==
        std::vector<std::string>{"twenty three"});
  CHECK(run_rule("citation/glued-number-word", "They counted twenty three. Then they left.").empty());
  CHECK(matched(run_rule("citation/bracketed-number-word", "It raises glutamate release [four]. Others agree [two, three].")) ==
        std::vector<std::string>{"four", "two, three"});
  // Digits, editorial brackets and capitalised insertions in quotes are not spun markers.
  CHECK(run_rule("citation/bracketed-number-word", "It raises release [4]. \"[Four] patients died\" [sic] [twofold]").empty());
  CHECK(matched(run_rule("citation/parenthesized-number-word",
                         "Anxiety may be minimized.(five) It lasted hours (four). Later it faded.")) ==
        std::vector<std::string>{"five", "four"});
  CHECK(run_rule("citation/parenthesized-number-word",
                 "Several patients (seven) dropped out. Anxiety may be minimized.(5) One of (two) arms.").empty());
  // Before a comma that goes on with the sentence; a count with its own words in the parentheses
  // or before a capital-less clause without a comma is not a marker.
  CHECK(matched(run_rule("citation/parenthesized-number-word", "As indicated by a 2019 audit (two), kratom use grew.")) ==
        std::vector<std::string>{"two"});
  CHECK(run_rule("citation/parenthesized-number-word", "Of the arms (two in all), one was stopped; for two reasons: (one) cost and (two) it works.").empty());
  // A function named after a file in a changelog is no sentence.
  CHECK(run_rule("citation/parenthesized-number-word", "* tests/t-modlinv.c (one), tests/mpz/t-jac.c (try_si_zi), tests/misc.").empty());
  // Mid-sentence after a word's comma, as glued-superscript reads '4 and'; a list of number
  // words, a comma with its space and the pronoun 'one' are not markers.
  CHECK(matched(run_rule("citation/glued-number-word", "neuropathic pain,eight and it may lower the need; less nausea;twenty-one in")) ==
        std::vector<std::string>{"eight", "twenty-one"});
  CHECK(run_rule("citation/glued-number-word",
                 "Doses of one,two and three mg; sixty,seventy or more; fourteen,fifteen in all; fell, two of them; the hours,one and").empty());
  // A number word that starts the next clause, as its subject or a count, after a missing space.
  CHECK(run_rule("citation/glued-number-word",
                 "Twelve studies met the criteria,three were excluded. Take it twice a day,three times at most; of those,two patients").empty());
  // Beside reference numbers in brackets, and after 'Ref.' in parentheses.
  CHECK(matched(run_rule("citation/bracketed-number-word", "some patients [6,seven]. Others [two, 3] agree.")) ==
        std::vector<std::string>{"6,seven", "two, 3"});
  CHECK(run_rule("citation/bracketed-number-word", "some patients [6,7]. Others [2, 3] agree [n = 40].").empty());
  CHECK(matched(run_rule("citation/parenthesized-number-word", "after surgery (Ref. four). It helps (refs two, 3) too.")) ==
        std::vector<std::string>{"Ref. four", "refs two, 3"});
  CHECK(run_rule("citation/parenthesized-number-word", "after surgery (Ref. 4). It helps (refs 2, 3) and (reference range) too.").empty());
  CHECK(matched(run_rule("citation/number-word-line-start", "fourteen Peripheral nerves")) ==
        std::vector<std::string>{"fourteen"});
  CHECK(run_rule("citation/number-word-line-start", "Fourteen patients improved.\ntwo of them relapsed.").empty());
  // A reference list's spelled numbers after an entry's period or a blank line; a number word
  // that ends a sentence begun on the line before is not one.
  CHECK(matched(run_rule("citation/number-word-line-start", "References\n\none. Drug Enforcement Administration. 2016.\ntwo. U.S. Food and Drug Administration.\n")) ==
        std::vector<std::string>{"one", "two"});
  CHECK(run_rule("citation/number-word-line-start", "How many doses?\nOne. Then stop.\ntwo.\nthree. and four.\n").empty());
  CHECK(run_rule("citation/number-word-line-start", "using an absolute path rather than a relative\none. Export the path.\nthe number was raised to\n  two. This helps.\n").empty());
  // The first entry under a bare heading, spelled above entries numbered in digits.
  CHECK(matched(run_rule("citation/number-word-line-start", "References\ntwelve. Chu PS, et al. BJU Int. 2008.\n13. Shahani R, et al. Urology. 2007.\n")) ==
        std::vector<std::string>{"twelve"});
  CHECK(run_rule("citation/number-word-line-start", "Doses\none. Then stop if sick\nafter that the plan is\n2 mg a week.\n").empty());
  CHECK(matched(run_rule("citation/bare-number-line-start", "21 The pathway is unclear.")) == std::vector<std::string>{"21"});
  CHECK(run_rule("citation/bare-number-line-start", "21 patients completed the trial.").empty());
}

TEST_CASE("spinner regexes: web site for site / examine for study / research with plural verbs / north of for over / a count before several", "[detectors]") {
  CHECK(matched(run_rule("spinner/examine-for-study", "A recent concentrate found liver harm. The concentrate members took it daily.")) ==
        std::vector<std::string>{"concentrate", "concentrate"});
  CHECK(run_rule("spinner/examine-for-study", "Dilute the concentrate before use. Ketamine injection concentrate is sold in vials.").empty());
  auto site = run_rule("spinner/web-site-for-site", "It binds the dizocilpine internet site over the receptor.");
  REQUIRE(site.size() == 1);
  CHECK(site[0].matched == "internet site");
  CHECK(site[0].suggestion == "site");
  CHECK(run_rule("spinner/web-site-for-site", "Visit our web site for opening hours.").empty());
  CHECK(matched(run_rule("spinner/examine-for-study", "A recent examine found lower scores.")) == std::vector<std::string>{"examine"});
  CHECK(run_rule("spinner/examine-for-study", "Doctors examine the patient. We examine whether it works.").empty());
  CHECK(matched(run_rule("spinner/examine-for-study", "A 2019 analyze found lower scores. The analyse participants were adults.")) ==
        std::vector<std::string>{"analyze", "analyse"});
  CHECK(run_rule("spinner/examine-for-study", "We analyze the data weekly. The team will analyse the results found here.").empty());
  auto research = run_rule("spinner/research-plural-verb", "Research have proven that it works.");
  REQUIRE(research.size() == 1);
  CHECK(research[0].suggestion == "studies have");
  CHECK(run_rule("spinner/research-plural-verb", "Research shows it works. Does research show more?").empty());
  auto north = run_rule("spinner/north-of-for-over", "They lost 15% of their weight north of 68 weeks, and north of two infusions helped.");
  CHECK(matched(north) == std::vector<std::string>{"north of", "north of"});
  REQUIRE(!north.empty());
  CHECK(north[0].suggestion == "over");
  CHECK(run_rule("spinner/north-of-for-over", "The clinic is north of the river. Prices run north of $1,000 a month.").empty());
  auto several = run_rule("spinner/number-several", "Nausea settled within two several hours, and 3 several weeks later it was gone.");
  CHECK(matched(several) == std::vector<std::string>{"several hours", "several weeks"});
  REQUIRE(several.size() == 2);
  CHECK(several[0].suggestion == "hours");
  CHECK(several[1].suggestion == "weeks");
  CHECK(run_rule("spinner/number-several", "It lasts two hours; dizziness can last several hours. Two of several weeks were missed.").empty());
  CHECK(matched(run_rule("spinner/number-several", "It has been used in anaesthesia for more than 50 many years.")) ==
        std::vector<std::string>{"many years"});
  CHECK(run_rule("spinner/number-several", "It has been used for many years. Of the 50, many years later relapsed.").empty());
  CHECK(matched(run_rule("spinner/number-word-percent", "They lost fifteen% of their weight; twenty-five % and one hundred% more.")) ==
        std::vector<std::string>{"fifteen%", "twenty-five %", "one hundred%"});
  CHECK(run_rule("spinner/number-word-percent", "They lost 15% of their weight, about fifteen percent; one in 10% of cases.").empty());
}

TEST_CASE("yield_to drops a finding overlapped by a stronger rule", "[detectors]") {
  const RuleSet set = load_rule_set(true, {});
  const Engine engine(set.select({"spinner", "boilerplate"}, {}));
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  // "Learn" is both a mid-sentence capital and anchor text; the anchor-text explanation wins.
  const auto findings = lint_text("t.txt", "The infusion is completed and Learn. It works.", engine, diagnostics).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "boilerplate/anchor-text");
  // yield_after: the capital right after pasted link text is the paste's doing; a capital a
  // word further on is not.
  const auto after = lint_text("t.txt", "The shell has to dissolve first. hop over to this web-site Powder acts faster.", engine,
                               diagnostics).findings;
  REQUIRE(after.size() == 1);
  CHECK(after[0].rule == "boilerplate/anchor-text");
  const auto further = lint_text("t.txt", "The shell has to dissolve first. hop over to this web-site and Powder acts faster.",
                                 engine, diagnostics).findings;
  REQUIRE(further.size() == 2);
  CHECK(further[1].rule == "spinner/mid-sentence-capital");
  // A spun phrase holding a claim word: "cure-resistant" is a spinner's "treatment-resistant",
  // not a claim that esketamine cures anything.
  const Engine with_claims(set.select({"spinner", "claim"}, {}), &test::default_catalog());
  const auto spun = lint_text("t.txt", "Esketamine is used for cure-resistant melancholy. Esketamine cures anxiety.", with_claims,
                              diagnostics).findings;
  REQUIRE(spun.size() == 2);
  CHECK(spun[0].rule == "spinner/tortured-phrase");
  CHECK(spun[1].rule == "claim/overclaim");
  // A paragraph repeated right after itself is the repeated title's to report, once.
  const std::string twice = "Semaglutide slows the emptying of the stomach, so people feel full sooner and eat less at each meal.\n";
  const auto repeated = lint_text("t.txt", twice + twice, engine, diagnostics).findings;
  REQUIRE(repeated.size() == 1);
  CHECK(repeated[0].rule == "boilerplate/repeated-title");
  // A forum's lower-case "level 1" line is page residue, not a sentence that lost its capital.
  const auto forum = lint_text("t.txt", "Glad it is working for you!\n\nlevel 1\nsunnydaze\n", engine, diagnostics).findings;
  REQUIRE(forum.size() == 1);
  CHECK(forum[0].rule == "boilerplate/page-label");
}

TEST_CASE("boilerplate: a converted PDF's running head / lines that recur for other reasons", "[detectors]") {
  const std::string pdf =
      "Ketamine in depression: a review\nJ Clin Psych Pract 2021; 12(3): 45\u201358\nKetamine acts fast [1].\n"
      "J Clin Psych Pract 2021; 12(3): 45\u201358      47\nThe effect is short-lived.\n"
      "48      J Clin Psych Pract 2021;  12(3): 45\u201358\nBlood pressure rises.\n"
      "J Clin Psych Pract 2021; 12(3): 45\u201358      49\nConclusion.\n";
  const auto found = run_rule("boilerplate/running-head", pdf);
  CHECK(matched(found) == std::vector<std::string>{"J Clin Psych Pract 2021; 12(3): 45\u201358", "J Clin Psych Pract 2021;  12(3): 45\u201358",
                                                   "J Clin Psych Pract 2021; 12(3): 45\u201358"});
  CHECK(found.size() == 3);
  CHECK(found[0].line == 4);
  // A publisher's footer on every page needs no page number, and may end a sentence.
  const std::string footer = "\u00A9 2021 The Authors. Published by Elsevier Inc. This is an open access article.";
  const auto footers = run_rule("boilerplate/running-head", "Ketamine acts fast.\n" + footer + "\nIt is short-lived.\n" + footer +
                                                                "\nBlood pressure rises.\n" + footer + "\n");
  CHECK(matched(footers) == std::vector<std::string>{footer, footer});
  CHECK(footers[0].line == 4);
  const char* silent[] = {
      // A footer twice only; a sentence the page repeats, with no footer's mark.
      "Text.\n\u00A9 2021 The Authors. Published by Elsevier Inc.\nMore.\n\u00A9 2021 The Authors. Published by Elsevier Inc.\n",
      "Dose taken by the patient.\nText.\nDose taken by the patient.\nMore.\nDose taken by the patient.\n",
      // Twice only; or with no page numbers (a list's repeated item).
      "Journal of Clinical Practice 2021   47\nText.\nJournal of Clinical Practice 2021   48\nMore.\n",
      "Ask your care team about it\nText.\nAsk your care team about it\nMore.\nAsk your care team about it\n",
      // Numbers that do not rise: not pages.
      "Dose taken by the patient   40\nText.\nDose taken by the patient   20\nMore.\nDose taken by the patient   30\n",
      // A program's repeated statement, a table's repeated cells, a repeated sentence.
      "if (status != ok) return nullptr;   1\nif (status != ok) return nullptr;   2\nif (status != ok) return nullptr;   3\n",
      "| 56 mg or 84 mg | twice weekly |  1\n| 56 mg or 84 mg | twice weekly |  2\n| 56 mg or 84 mg | twice weekly |  3\n",
      "Talk to your doctor first. 1\nTalk to your doctor first. 2\nTalk to your doctor first. 3\n",
  };
  for (const char* text : silent) {
    INFO(text);
    CHECK(run_rule("boilerplate/running-head", text).empty());
  }
}

TEST_CASE("boilerplate: navigation lines / widget labels and footers of a scraped page", "[detectors]") {
  const std::string page =
      "Home > Drugs > Kratom\nKratom: Uses and Risks\nPrint\nKratom is not approved.\nWas this page helpful?\nYes  No\n"
      "(c) 2025 Health Desk. All rights reserved.\nPrivacy Policy | Terms of Use \xC2\xB7 Contact Us\n";
  CHECK(matched(run_rule("boilerplate/navigation", page)) ==
        std::vector<std::string>{"Home > Drugs > Kratom", "Privacy Policy | Terms of Use \xC2\xB7 Contact Us"});
  CHECK(matched(run_rule("boilerplate/page-label", page)) == std::vector<std::string>{"Print", "Yes  No"});
  CHECK(matched(run_rule("boilerplate/site-ui", page)) == std::vector<std::string>{"Was this page helpful", "All rights reserved"});
  // In a sentence, or a single footer word, they are the article's own words.
  CHECK(run_rule("boilerplate/navigation", "Read the privacy policy and terms of use before you sign.\nContact Us\nHome remedies / kratom").empty());
  // A header's account links and a footer row with a bare "Contact"; help lines in sentences.
  CHECK(matched(run_rule("boilerplate/navigation", "Log in | Sign up\nAbout Us | Contact | Privacy Policy | Terms of Use\nFAQ \u00B7 Help\n")) ==
        std::vector<std::string>{"Log in | Sign up", "About Us | Contact | Privacy Policy | Terms of Use", "FAQ \u00B7 Help"});
  CHECK(run_rule("boilerplate/navigation", "Sign up\nHelp is available: contact your clinic.\nRegister with the REMS and subscribe to updates.\nhelp-faq\n").empty());
  CHECK(run_rule("boilerplate/page-label", "Print the form and share it with your doctor.\n").empty());
  // A blog platform's widgets and footer, a shop page's widgets.
  const std::string blog = "Like this:\nLike Loading...\nRelated\nLeave a Reply Cancel reply\nYou must be logged in to post a comment.\n"
                           "Search for:\nRecent Posts\nPowered by WordPress\nCopyright \xC2\xA9 2024 Herbal Truths\n";
  const std::string shop = "In stock\nAdd to cart\nFree shipping on orders over $50!\nCustomer Reviews\nBe the first to review this product\n"
                           "SKU: RMD-250 Category: Red Vein Kratom\n";
  CHECK(matched(run_rule("boilerplate/site-ui", blog)) ==
        std::vector<std::string>{"Like Loading", "Leave a Reply", "Cancel reply", "logged in to post a comment", "Powered by WordPress"});
  CHECK(matched(run_rule("boilerplate/site-ui", shop)) ==
        std::vector<std::string>{"Add to cart", "Free shipping on orders", "Be the first to review"});
  CHECK(matched(run_rule("boilerplate/site-ui", "Skip to main page content\nAn official website of the United States government\n"
                                                "Name must be less than 100 characters\n")) ==
        std::vector<std::string>{"Skip to main page content", "An official website of the United States government", "Name must be less than"});
  CHECK(matched(run_rule("boilerplate/site-ui", "If you find an error, please select it and press Ctrl + Enter.")) ==
        std::vector<std::string>{"press Ctrl + Enter"});
  // A newsletter box's consent line.
  CHECK(matched(run_rule("boilerplate/site-ui", "Sign up for our free newsletter\nBy clicking Subscribe, you agree to our Privacy Policy.\n")) ==
        std::vector<std::string>{"Sign up for our free newsletter", "By clicking Subscribe", "you agree to our Privacy Policy"});
  // Leftovers of an ad script and of an e-mail address a CDN hid from scrapers.
  CHECK(matched(run_rule("boilerplate/site-ui", "(adsbygoogle = window.adsbygoogle || []).push({});\nWrite to [email protected] for reprints.\n")) ==
        std::vector<std::string>{"adsbygoogle = window.adsbygoogle", "email protected"});
  CHECK(run_rule("boilerplate/site-ui", "Your e-mail is protected by law. Ads by Google are labelled.").empty());
  // A newsletter's frame, scraped with the issue; a forum bot's signature.
  CHECK(matched(run_rule("boilerplate/site-ui", "View this email in your browser\nHi there,\nYou are receiving this email because you signed up.\n"
                                                "Update your preferences or unsubscribe from this list.\nOur mailing address is: 1 Main St\n"
                                                "I am a bot, and this action was performed automatically.\n")) ==
        std::vector<std::string>{"View this email in your browser", "You are receiving this email because", "Update your preferences",
                                 "unsubscribe from this list", "Our mailing address is", "I am a bot, and this action was performed automatically"});
  CHECK(run_rule("boilerplate/site-ui", "Forward the results to your doctor. The email preferences of patients differ.").empty());
  // An encyclopedia page's frame; its references ("Retrieved 12 March 2023") are the article's.
  CHECK(matched(run_rule("boilerplate/site-ui", "From Wikipedia, the free encyclopedia\nKratom is a tree.\n"
                                                "1. ^ \"Kratom\". DEA. Retrieved 12 March 2023.\n"
                                                "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Kratom\"\n"
                                                "This page was last edited on 20 April 2023, at 10:15 (UTC).\n"
                                                "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.\n")) ==
        std::vector<std::string>{"From Wikipedia, the free encyclopedia", "Retrieved from \"https://", "This page was last edited on",
                                 "Text is available under the Creative Commons", "additional terms may apply"});
  // A news page's ad label run into the next sentence; the word in the article's own sentences.
  CHECK(matched(run_rule("boilerplate/inline-ad-label",
                         "It helps preserve muscle.[2] ADVERTISEMENT Experts recommend protein.\nSponsored Content The trial ran.\n")) ==
        std::vector<std::string>{"ADVERTISEMENT", "Sponsored Content"});
  CHECK(run_rule("boilerplate/inline-ad-label",
                 "The FDA regulates drug advertising. Advertisement rules changed in 1997. It saw an Advertisement Board.\nAdvertisement\n")
            .empty());
  // A vendor's calls to action; "code" alone is the article's own word.
  CHECK(matched(run_rule("boilerplate/call-to-action", "Shop our capsules today and get 20% off your first order with promo code LEAF20!")) ==
        std::vector<std::string>{"Shop our", "off your first order", "promo code"});
  CHECK(matched(run_rule("boilerplate/call-to-action", "Get 20% off your first month with coupon code HEAL20.")) ==
        std::vector<std::string>{"off your first month", "coupon code"});
  CHECK(run_rule("boilerplate/call-to-action", "The genetic code of the plant was published in 2021.").empty());
  CHECK(matched(run_rule("boilerplate/call-to-action", "Most patients lose 15%. Results guaranteed or your money back.")) ==
        std::vector<std::string>{"Results guaranteed", "or your money back"});
  CHECK(run_rule("boilerplate/call-to-action", "No result is guaranteed, and the money is not refunded.").empty());
  const struct {
    std::string text;
    std::vector<std::string> labels;
  } pages[] = {
      // Related-link lines and the page furniture of a converted PDF.
      {"Related: Ketamine Clinics Near You\nKetamine is an anaesthetic.\nPage 3 of 12\n"
       "Downloaded from journal.example.org on 14 May 2021\nRelated: see the table. It lists doses.\n",
       {"Related: Ketamine Clinics Near You", "Page 3 of 12", "Downloaded from journal.example.org on 14 May 2021"}},
      {blog, {"Like this:", "Related", "Search for:", "Recent Posts", "Copyright \xC2\xA9 2024 Herbal Truths"}},
      {shop, {"In stock", "Customer Reviews", "SKU: RMD-250 Category: Red Vein Kratom"}},
      // A forum thread's buttons, vote counts and poster lines.
      {"Posted by u/greenvein_guy 3 yr. ago\nIs kratom safe?\n142 upvotes\nReply\nReport\n"
       "u/MaengDaMama \xC2\xB7 2 mo. ago\nSort by: Best\nMore posts you may like\nComments (14)\n",
       {"Posted by u/greenvein_guy 3 yr. ago", "142 upvotes", "Reply", "Report", "u/MaengDaMama \xC2\xB7 2 mo. ago", "Sort by: Best",
        "More posts you may like", "Comments (14)"}},
      // The old forum layout: the board's name, comment depth, a poster's own time line, "Follow".
      {"r/TherapeuticKetamine\nlevel 1\n3 yr. ago\nOp \xC2\xB7 3 yr. ago\nFollow\n",
       {"r/TherapeuticKetamine", "level 1", "3 yr. ago", "Op \xC2\xB7 3 yr. ago", "Follow"}},
      // A press release's wire furniture.
      {"NEWS PROVIDED BY\nHarmony Clinics\n", {"NEWS PROVIDED BY"}},
      // A health Q&A site's feedback widget with its counts, and its list of other questions.
      {"Was this answer helpful? Yes (12) No (1)\nSimilar questions\nIs kratom addictive?\n",
       {"Was this answer helpful? Yes (12) No (1)", "Similar questions"}},
      // Related-link lines whose linked title is a question; a PubMed or PMC page's section labels.
      {"Read also: Is Kratom Legal in Your State?\nSee also: Ketamine and the bladder\nGo to:\nAbstract text here.\nSimilar articles\nCited by\n",
       {"Read also: Is Kratom Legal in Your State?", "See also: Ketamine and the bladder", "Go to:", "Similar articles", "Cited by"}},
      // The tools and footer under a PubMed abstract.
      {"Save citation to file\nEmail citation\nYour saved search\nSearch in PubMed\nFollow NCBI\nConnect with NLM\n"
       "Web Policies FOIA HHS Vulnerability Disclosure\nSearch in PubMed for trials of ketamine.\n",
       {"Save citation to file", "Email citation", "Your saved search", "Search in PubMed", "Follow NCBI", "Connect with NLM",
        "Web Policies FOIA HHS Vulnerability Disclosure"}},
      // A news page's picture credits and sidebar.
      {"Image credit: Reuters/Hannah McKay\nTrending\nPhoto credits: the authors\nImage: Shutterstock\nCite this article\n",
       {"Image credit: Reuters/Hannah McKay", "Trending", "Photo credits: the authors", "Image: Shutterstock", "Cite this article"}},
      // A news page's section labels; a shop page's price, star rating and product widgets.
      {"Related Coverage\nTop Stories\nEditor\u2019s Picks\nThe price was $39.99 a month.\n",
       {"Related Coverage", "Top Stories", "Editor\u2019s Picks"}},
      // A health site's table of contents widget; the same words in a sentence are prose.
      {"In this article\nJump to:\nTable of Contents\nIn this article, we explain the risks.\nOn this page you will find doses.\n",
       {"In this article", "Jump to:", "Table of Contents"}},
      // PubMed's page chrome; the label alone is reported, not the indentation around it.
      {"Here's how you know\nClipboard\nMy Bibliography\n  Citation manager  \nPubMed Disclaimer\nChoose a collection:\nPlease try again\n"
       "Choose a collection of studies to read.\n",
       {"Here's how you know", "Clipboard", "My Bibliography", "Citation manager", "PubMed Disclaimer", "Choose a collection:",
        "Please try again"}},
      // A misspelt ad label and a view counter.
      {"advertisment\n1,204 views\n1,204 views of the page were counted.\n", {"advertisment", "1,204 views"}},
      // Reading-time lines under a blog title; a duration in a list is the article's own.
      {" \u00B7 2 min read\nEstimated 2 min read.\nReading time: 4 minutes\nInfusion time:\n- 40 minutes\n",
       {"\u00B7 2 min read", "Estimated 2 min read.", "Reading time: 4 minutes"}},
      // Furniture of health portals and journal pages, share buttons, a wiki's edit links.
      {"Medical expert of the article\nNew publications\nYour Comment\nEnter code\nArticle Metrics\nCrossRef Citations:\n"
       "Facebook\nTwitter\nedit\n",
       {"Medical expert of the article", "New publications", "Your Comment", "Enter code", "Article Metrics", "CrossRef Citations:",
        "Facebook", "Twitter", "edit"}},
      {"$39.99\n\u2605\u2605\u2605\u2605\u2606 4.6 (1,024 ratings)\n(87 reviews)\n$20 - $45\nRelated products\n"
       "5 reviews of this kratom said it helped.\n",
       {"$39.99", "\u2605\u2605\u2605\u2605\u2606 4.6 (1,024 ratings)", "(87 reviews)", "$20 - $45", "Related products"}},
      // A blog's taxonomy lines under a post and the widgets of its sidebar.
      {"Posted in Health | Tagged kratom, liver | Leave a comment\nTags: ketamine, depression\nFiled Under: Mental Health\n"
       "Categories: Drugs, Wellness\nRate this post\nContinue reading\nMeta\nEntries feed\n",
       {"Posted in Health | Tagged kratom, liver | Leave a comment", "Tags: ketamine, depression", "Filed Under: Mental Health",
        "Categories: Drugs, Wellness", "Rate this post", "Continue reading", "Meta", "Entries feed"}},
      // A health site's editorial badges and footer links, each on a line of its own.
      {"Scroll to continue\nOur editorial process\nFact checked\nPrivacy Policy\nTerms of Service\nAccessibility\n"
       "Do not sell my personal information\n",
       {"Scroll to continue", "Our editorial process", "Fact checked", "Privacy Policy", "Terms of Service", "Accessibility",
        "Do not sell my personal information"}},
      // A share bar's buttons on one line, and a table of contents widget's links after "Jump to:".
      {"Facebook Twitter Email Print\nShare: Facebook, LinkedIn, Copy link\nJump to: How it works | Risks | Cost\n"
       "Email your doctor a list of your medicines.\n",
       {"Facebook Twitter Email Print", "Share: Facebook, LinkedIn, Copy link", "Jump to: How it works | Risks | Cost"}},
      // A picture agency's credit alone on its line, a photographer's before it, a caption's prompt.
      {"Getty Images/iStockphoto\nSolStock/Getty Images\nShutterstock\nClick to enlarge\nPin it Tweet WhatsApp\n",
       {"Getty Images/iStockphoto", "SolStock/Getty Images", "Shutterstock", "Click to enlarge", "Pin it Tweet WhatsApp"}},
      // A news photo's caption: wholly in parentheses after "Photo:", or ending with the agency.
      {"(Photo: A patient receives an infusion in Aurora. Getty Images)\nPhoto: Wegovy pens on a counter. Shutterstock\n",
       {"(Photo: A patient receives an infusion in Aurora. Getty Images)", "Photo: Wegovy pens on a counter. Shutterstock"}},
      // A forum thread's comment furniture: the action bar, a commenter's name and age, a
      // deleted account's, a score below zero.
      {"Reply Share Report Save Follow\ngreenvein_gal \u00B7 2 yr. ago\n[deleted] \u00B7 2 yr. ago\n-3 points\nReply \u00B7 Share\n",
       {"Reply Share Report Save Follow", "greenvein_gal \u00B7 2 yr. ago", "[deleted] \u00B7 2 yr. ago", "-3 points", "Reply \u00B7 Share"}},
  };
  for (const auto& page : pages) {
    INFO(page.text);
    CHECK(matched(run_rule("boilerplate/page-label", page.text)) == page.labels);
  }
  // The same words in the article's own sentences.
  const char* prose[] = {
      "The study was downloaded from the registry on 4 May.\nSee page 3 of 12 for the dose table.\n",
      "Related side effects are listed below.\nSearch the label for 'boxed warning'.\n(c) Patients over 65\n",
      "Report side effects to your doctor.\n12 comments were received by the agency.\nReply to the survey\n",
      "Trending weight-loss drugs are costly.\nThe image credit goes to the patient.\nImage: a vial of ketamine\n",
      "Go to your pharmacist first.\nCited by many reviews, the trial shaped practice.\nSave the leaflet.\n",
      "Facebook groups about kratom were studied.\nEnter code words in the form.\nEdit the dose log daily.\n",
      // A drug facts box's category; taxonomy words in sentences.
      "Category: dissociative anaesthetic\nPosted in 2019, the notice was withdrawn.\nTags: sewn into the pouch. Check them.\n",
      "Accessibility of ketamine clinics is limited.\nThe privacy policy of the clinic covers your records.\nContact us to book.\n",
      "Skip to the next dose if it is nearly time for it.\nPrint or email the leaflet to your pharmacist.\n",
      "Getty Images licensed the photo.\nA tweet from the FDA warned about kratom.\nPin it to your fridge.\n",
      "(Photo: see the dose table.) The infusion takes 40 minutes.\nPhoto: a vial of ketamine on a tray\n",
      // A heading "Level 1" (capitalised), a date in a sentence, a follow-up.
      "Level 1\nThe trial ended 3 years ago when funding ran out.\nFollow up in two weeks.\nr/ is how boards are named.\n",
      // Action words in sentences; a dot between words that are not a name and an age.
      "Reply to share your report.\nSave and follow the plan.\nDose \u00B7 2 weeks ago it was halved.\nThe score fell -3 points.\n",
  };
  for (const char* text : prose) {
    INFO(text);
    CHECK(run_rule("boilerplate/page-label", text).empty());
  }
}

TEST_CASE("ocr/character-confusion: a non-word that one undone confusion makes a word", "[detectors]") {
  CHECK(matched(run_rule("ocr/character-confusion", "Take the rnedication with food; it may affect the 1iver.")) ==
        std::vector<std::string>{"rnedication", "1iver"});
  // The fi ligature read as fl.
  CHECK(matched(run_rule("ocr/character-confusion", "Its safety proflle shows a signiflcant beneflt.")) ==
        std::vector<std::string>{"proflle", "signiflcant", "beneflt"});
  CHECK(run_rule("ocr/character-confusion", "The flu and a reflex; the burn clinic and the modern profile.").empty());
  // A medical word hunspell lacks is in the rule's `extra_words`, so its damaged form is repaired.
  const auto neoplasia = run_rule("ocr/character-confusion", "Multiple Endocrine Neop1asia type 2 and gastroparesis.");
  REQUIRE(neoplasia.size() == 1);
  CHECK(neoplasia[0].suggestion == "Neoplasia");
  // The same confusion twice in one word is undone everywhere at once.
  const auto symptoms = run_rule("ocr/character-confusion", "Depressive syrnptorns in adults; a c1inica1 trial.");
  REQUIRE(symptoms.size() == 2);
  CHECK(symptoms[0].suggestion == "symptoms");
  CHECK(symptoms[1].suggestion == "clinical");
  // A capital I read for an l after a lower-case letter, and "tb" for "th".
  CHECK(matched(run_rule("ocr/character-confusion", "The clinicaI trial used a tabIet with gIucose untiI the leveI fell; otber drugs failed. Tbis ends it.")) ==
        std::vector<std::string>{"clinicaI", "tabIet", "gIucose", "untiI", "leveI", "otber", "Tbis"});
  // A name that starts with I, a capital inside a name or a unit, and a word the dictionary knows.
  CHECK(run_rule("ocr/character-confusion", "Iain McIntosh measured 5 mIU/mL; the outbreak and the textbook.").empty());
  // After h, k, n, r and t too, and "II" for "ll"; the scan finds them all by their "I" (`scan_by`).
  CHECK(matched(run_rule("ocr/character-confusion", "See the highIights and fuII information; dose it weekIy, onIy earIy, mostIy.")) ==
        std::vector<std::string>{"highIights", "fuII", "weekIy", "onIy", "earIy", "mostIy"});
  CHECK(run_rule("ocr/character-confusion", "In Phase II and III trials, It was readInt and isInteger in the ICU.").empty());
  // Under four letters only the rule's short repairs are read: "tbe" is "the"; "Tb" and "TBE"
  // (terbium, tick-borne encephalitis) and the unknown "tbx" are not.
  CHECK(matched(run_rule("ocr/character-confusion", "Tbe dose was given and tbe nurse stayed; 0ne more.")) ==
        std::vector<std::string>{"Tbe", "tbe", "0ne"});
  CHECK(run_rule("ocr/character-confusion", "Tb is terbium, the TBE vaccine, a tbx gene and a clx clip.").empty());
  // An l read as i before a word's end: only in lower case, where a capital would make a name.
  CHECK(matched(run_rule("ocr/character-confusion", "Opioid withdrawai and a clinicai trial; renai function.")) ==
        std::vector<std::string>{"withdrawai", "clinicai", "renai"});
  CHECK(run_rule("ocr/character-confusion", "Fixed by Daiki Arai and Niyas Sait; Matt Kraai; the pain again in the main vein.").empty());
  // A capital I read as l at a word's start, and i read as l in "-ing" and "-tion".
  const auto leaflet = run_rule("ocr/character-confusion", "Patient lnformation: hallucinatlons and vomitlng; a kiln, a walnut, ln's option, Selnes.");
  CHECK(matched(leaflet) == std::vector<std::string>{"lnformation", "hallucinatlons", "vomitlng"});
  // An h read as b after w, as after t: "wbich", "Wben"; words with a real "wb" stay.
  CHECK(matched(run_rule("ocr/character-confusion", "Patients wbich have hypertension. Wben in doubt, ask. A cowboy in Newbury.")) ==
        std::vector<std::string>{"wbich", "Wben"});
  REQUIRE(leaflet.size() == 3);
  CHECK(leaflet[1].suggestion == "hallucinations");
  CHECK(leaflet[2].suggestion == "vomiting");
  // A name in lower case, as a shop's tags write it: the dictionary knows it capitalised.
  CHECK(run_rule("ocr/character-confusion", "Tags: bali, red vein, capsules").empty());
  CHECK(matched(run_rule("ocr/character-confusion", "Tags: bali, the 1iver")) == std::vector<std::string>{"1iver"});
}

TEST_CASE("ocr/mojibake: the signs and emoji of drug pages read as Windows-1252", "[detectors]") {
  // "Ozempic®", "≥18 years", "kg/m²", a pill emoji: each sequence names its character.
  const auto found = run_rule("ocr/mojibake", "Ozempic\u00C2\u00AE is for adults \u00E2\u2030\u00A518 years (BMI 30 kg/m\u00C2\u00B2). "
                                              "\u00F0\u0178\u2019\u0160 Take it weekly.");
  REQUIRE(found.size() == 4);
  CHECK(found[0].suggestion == "\u00AE");
  CHECK(found[1].suggestion == "\u2265");
  CHECK(found[2].suggestion == "\u00B2");
  CHECK(found[3].suggestion == "\U0001F48A");
  CHECK(run_rule("ocr/mojibake", "Ozempic\u00AE is for adults \u226518 years (BMI 30 kg/m\u00B2). \U0001F48A Take it weekly.").empty());
}

TEST_CASE("ocr/dose-digit: a letter among a dose's digits", "[detectors]") {
  CHECK(matched(run_rule("ocr/dose-digit", "Start at O.25 mg, then 1O mg; the tablet is l4 mg.")) ==
        std::vector<std::string>{"O.25 mg", "1O mg", "l4 mg"});
  // A lone l before a unit is a one.
  CHECK(matched(run_rule("ocr/dose-digit", "Induction ranges from l mg/kg to 4.5 mg/kg.")) == std::vector<std::string>{"l mg"});
  CHECK(run_rule("ocr/dose-digit", "Start at 0.25 mg, then 10 mg. CoQ10 mg, B12 mg, IO mg and 5 IU are not doses misread.").empty());
  // A trial's percentage too; a lone l before a percent sign is a variable in code, not a one.
  CHECK(matched(run_rule("ocr/dose-digit", "About 7O% responded, 1I% stopped, l2% and l15 % fell ill and O.5 % had nausea.")) ==
        std::vector<std::string>{"7O%", "1I%", "l2%", "l15 %", "O.5 %"});
  CHECK(run_rule("ocr/dose-digit", "About 70% responded; $l % 8 and CO% are not percentages misread.").empty());
}

TEST_CASE("lexicon: a missing dictionary fails when opened - words are answered once it has been read", "[detectors]") {
  medlint::test::TempDir tmp;
  ::setenv("MEDLINT_HUNSPELL_DIR", tmp.path().c_str(), 1);
  CHECK_THROWS_WITH(Lexicon("en_US"), Catch::Matchers::Contains("hunspell dictionary 'en_US' not found"));
  ::unsetenv("MEDLINT_HUNSPELL_DIR");
  // Read on a thread of its own: the first look-ups wait for it, from several threads at once.
  const Lexicon lexicon("en_US");
  std::vector<std::thread> threads;
  std::atomic<int> right{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      right += lexicon.accepts("secure") && lexicon.accepts("Monday") && !lexicon.accepts("ketamine") && !lexicon.accepts("monday");
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(right == 4);
  CHECK(Lexicon::shared("en_US") == Lexicon::shared("en_US"));
  // Names that are common words too are listed capitalised; a capitalised common word is not.
  CHECK(lexicon.lists_capitalised("Danish"));
  CHECK(lexicon.lists_capitalised("Turkey"));
  CHECK_FALSE(lexicon.lists_capitalised("Secure"));
  CHECK_FALSE(lexicon.lists_capitalised("Portion"));
}
