// Telling English documents from others: by script, and by the function words of the text.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/errors.hpp"
#include "text/language_guess.hpp"

using medlint::LanguageGuess;

namespace {

std::optional<std::string> guess(const std::string& text) { return LanguageGuess::built_in().other_language(text); }

std::string load_error(const std::string& json) {
  try {
    (void)LanguageGuess::parse(json, "words.json");
  } catch (const medlint::LoadError& error) {
    return error.what();
  }
  return "(loaded without error)";
}

}  // namespace

TEST_CASE("language guess: English pages are English / also when they quote another language", "[language]") {
  CHECK_FALSE(guess("Ketamine is an anaesthetic that is also used for depression. It can cause dissociation, and repeated use has been "
                    "linked to bladder damage. Patients should be monitored for two hours after each dose, and they should not drive "
                    "until the next day. Ask your doctor whether it is right for you."));
  CHECK_FALSE(guess("Clinics in Spain advertise that \"la ketamina es segura y eficaz para la depresión\", a claim that the drug is "
                    "safe and effective. Such wording is not allowed in the United States, where ketamine is approved as an "
                    "anaesthetic and esketamine for depression with monitoring. The risks do not change between countries."));
  // Too short to tell, whatever the words.
  CHECK_FALSE(guess("La ketamina es segura."));
  CHECK_FALSE(guess(""));
}

TEST_CASE("language guess: pages in other languages name the language or script", "[language]") {
  CHECK(guess("La ketamina es un anestésico que se usa desde hace años en los hospitales. También se usa para tratar la depresión "
              "resistente, pero su uso debe ser supervisado por un médico. Los efectos secundarios más comunes son las náuseas, "
              "los mareos y una sensación de disociación. No se debe conducir después de una sesión.") == "Spanish");
  CHECK(guess("La kétamine est un anesthésique utilisé depuis longtemps dans les hôpitaux. Elle est aussi utilisée dans le "
              "traitement de la dépression résistante, mais son usage doit être encadré par un médecin. Les effets secondaires "
              "les plus fréquents sont des nausées et des vertiges, et il ne faut pas conduire après une séance.") == "French");
  CHECK(guess("Ketamin ist ein Narkosemittel, das seit vielen Jahren in der Medizin eingesetzt wird. Es wird auch zur Behandlung "
              "von schweren Depressionen verwendet, wenn andere Mittel nicht geholfen haben. Die häufigsten Nebenwirkungen sind "
              "Übelkeit und Schwindel, und nach einer Behandlung darf man nicht Auto fahren.") == "German");
  CHECK(guess("Кетамин — это анестетик, который много лет используется в больницах. Его также применяют для лечения тяжёлой "
              "депрессии, когда другие препараты не помогли. Самые частые побочные эффекты — тошнота и головокружение.") ==
        "Cyrillic script");
  CHECK(guess("氯胺酮是一种在医院使用多年的麻醉药。它也被用于治疗难治性抑郁症，但使用时必须有医生的监督。最常见的副作用是恶心、头晕以及与自己身体分离的感觉。"
              "治疗后不能开车，病人需要有人陪同回家。") == "Han script");
}

TEST_CASE("language guess: any bytes end the guess / the data is checked at load", "[language]") {
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(random() % 300, '\0');
    for (char& c : bytes) c = static_cast<char>(random() % 256);
    (void)guess(bytes);  // returns: no read past the end, no endless loop (the sanitizer build checks both)
  }
  const std::string good = R"({"description": "d", "english": ["the", "of"], "others": {"Spanish": ["de", "la"]}})";
  CHECK(load_error(good) == "(loaded without error)");
  CHECK(load_error(R"({"description": "d", "english": ["the"], "others": {"Spanish": ["de", "the"]}})") ==
        "words.json: at /others/Spanish/1: 'the' is an English function word too");
  CHECK(load_error(R"({"description": "d", "english": ["the", "THE"], "others": {}})") ==
        "words.json: at /english/1: 'THE' is listed twice");
  CHECK(load_error(R"({"description": "d", "english": ["nevertheless"], "others": {}})") ==
        "words.json: at /english/0: a function word has one to eight bytes (UTF-8, case-folded)");
}
