// Telling English documents from others: by script, and by the function words of the text.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "text/language_guess.hpp"

using medlint::LanguageGuess;

namespace {

std::optional<std::string> guess(const std::string& text) { return LanguageGuess::built_in().other_language(text); }

// Each page (language name, text) is read as its language.
void check_languages(const std::vector<std::pair<std::string, std::string>>& pages) {
  for (const auto& [language, text] : pages) {
    INFO(language);
    CHECK(guess(text) == language);
  }
}

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
  // Notes in English with few function words and many of the abbreviations medical pages use:
  // none of them is in another language's list.
  CHECK_FALSE(guess("Results (mean ± SEM): ketamine PO 0.5 mg/kg, esketamine IN 56 mg, ER visits 12 vs 31. Smith et al. 2021; "
                    "Jones et al. 2022; ADA care guidelines; KO mice, bile acids; PE, DA, AMA, tai chi, hay fever; ER care "
                    "till discharge; PO intake; care team; SEM values; Na, K, Cl; ADA 2023; et al. 2020; ER, PO, SEM."));
  // The same for the words the later lists leave out: release forms, roles, molecules, diseases
  // and the words of a scraped page's chrome.
  CHECK_FALSE(guess("Dosing notes: metformin IR 500 mg vs ER; PA and NP visits; NAD+ and NADH levels; ALS and MS clinics; "
                    "author bio; nav menu; example.com, nih.gov and who.int; hi there; PA, IR, NAD, ALS, bio, nav, com; "
                    "IR 250 mg; PA-C notes; NAD 1 mg; ALS 2019; bio page; com links; IR tablets; PA visits; NAD IV."));
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

TEST_CASE("language guess: Nordic / Central European / Turkish / Indonesian / Vietnamese and Tagalog pages", "[language]") {
  // One paragraph about ketamine in each language, written for this test; the lists leave out
  // words English pages use ("care", "till", "bile") or abbreviate ("po", "ada", "ko").
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"Swedish",
       "Ketamin är ett narkosmedel som har använts i många år på sjukhus. Det används också för att "
       "behandla svår depression när andra läkemedel inte har hjälpt. De vanligaste biverkningarna är "
       "illamående och yrsel, och man ska inte köra bil efter en behandling. Läkaren följer patienten under "
       "och efter varje dos."},
      {"Danish",
       "Ketamin er et bedøvelsesmiddel, som har været brugt på hospitaler i mange år. Det bruges også til "
       "at behandle svær depression, når andre lægemidler ikke har hjulpet. De mest almindelige "
       "bivirkninger er kvalme og svimmelhed, og man må ikke køre bil efter en behandling. Lægen følger "
       "patienten under og efter hver dosis."},
      {"Norwegian",
       "Ketamin er et bedøvelsesmiddel som har vært brukt på sykehus i mange år. Det brukes også til å "
       "behandle alvorlig depresjon når andre legemidler ikke har hjulpet. De vanligste bivirkningene er "
       "kvalme og svimmelhet, og man skal ikke kjøre bil etter en behandling. Legen følger pasienten under "
       "og etter hver dose."},
      {"Polish",
       "Ketamina jest lekiem znieczulającym, który od wielu lat stosuje się w szpitalach. Stosuje się ją "
       "także w leczeniu ciężkiej depresji, gdy inne leki nie pomogły. Najczęstsze działania niepożądane to "
       "nudności i zawroty głowy, a po zabiegu nie można prowadzić samochodu. Lekarz obserwuje pacjenta w "
       "trakcie i po każdej dawce, ponieważ może wystąpić uczucie oderwania od ciała."},
      {"Czech",
       "Ketamin je anestetikum, které se v nemocnicích používá už mnoho let. Používá se také k léčbě těžké "
       "deprese, když jiné léky nepomohly. Nejčastější nežádoucí účinky jsou nevolnost a závratě, a po "
       "léčbě se nesmí řídit auto. Lékař sleduje pacienta během každé dávky i po ní, protože se může "
       "objevit pocit odpojení od těla."},
      {"Turkish",
       "Ketamin, hastanelerde uzun yıllardır kullanılan bir anestezi ilacıdır. Diğer ilaçların işe "
       "yaramadığı ağır depresyon tedavisinde de kullanılır. En sık görülen yan etkiler bulantı ve baş "
       "dönmesidir ve tedaviden sonra araç kullanılmamalıdır. Doktor, her dozdan sonra hastayı izler çünkü "
       "bedenden kopma hissi olabilir ve bu durum bir süre devam edebilir."},
      {"Indonesian",
       "Ketamin adalah obat bius yang sudah lama digunakan di rumah sakit. Obat ini juga digunakan untuk "
       "mengobati depresi berat jika obat lain tidak membantu. Efek samping yang paling sering adalah mual "
       "dan pusing, dan pasien tidak boleh mengemudi setelah perawatan. Dokter akan memantau pasien selama "
       "dan setelah setiap dosis karena dapat muncul perasaan terlepas dari tubuh."},
      {"Romanian",
       "Ketamina este un anestezic care este folosit de mulți ani în spitale. Este folosită și pentru "
       "tratarea depresiei severe atunci când alte medicamente nu au ajutat. Cele mai frecvente efecte "
       "adverse sunt greața și amețeala, iar după tratament nu este voie să conduceți mașina. Medicul "
       "urmărește pacientul în timpul și după fiecare doză, pentru că poate apărea o senzație de detașare "
       "de corp."},
      {"Hungarian",
       "A ketamin egy érzéstelenítő, amelyet már sok éve használnak a kórházakban. A súlyos depresszió "
       "kezelésére is alkalmazzák, amikor más gyógyszerek nem segítettek. A leggyakoribb mellékhatások a "
       "hányinger és a szédülés, és a kezelés után nem szabad autót vezetni. Az orvos minden adag alatt és "
       "után megfigyeli a beteget, mert a testtől való elszakadás érzése is előfordulhat."},
      {"Finnish",
       "Ketamiini on nukutusaine, jota on käytetty sairaaloissa jo monta vuotta. Sitä käytetään myös "
       "vaikean masennuksen hoitoon, kun muut lääkkeet eivät ole auttaneet. Yleisimmät haittavaikutukset "
       "ovat pahoinvointi ja huimaus, eikä hoidon jälkeen saa ajaa autoa. Lääkäri seuraa potilasta jokaisen "
       "annoksen aikana ja sen jälkeen, koska voi tulla tunne, että on irti omasta kehostaan."},
      {"Vietnamese",
       "Ketamine là một loại thuốc gây mê đã được sử dụng trong các bệnh viện nhiều năm. Thuốc này cũng "
       "được dùng để điều trị trầm cảm nặng khi các thuốc khác không có hiệu quả. Những tác dụng phụ thường "
       "gặp nhất là buồn nôn và chóng mặt, và người bệnh không được lái xe sau khi điều trị. Bác sĩ sẽ theo "
       "dõi người bệnh trong và sau mỗi liều."},
      {"Tagalog",
       "Ang ketamine ay isang gamot na pampamanhid na ginagamit na sa mga ospital sa loob ng maraming taon. "
       "Ginagamit din ito para gamutin ang malubhang depresyon kung hindi nakatulong ang ibang gamot. Ang "
       "pinakakaraniwang epekto ay pagduduwal at pagkahilo, kaya hindi dapat magmaneho pagkatapos ng "
       "gamutan. Binabantayan ng doktor ang pasyente sa bawat dosis dahil maaaring makaramdam siya na "
       "parang hiwalay sa kanyang katawan."}};
  check_languages(pages);
}

TEST_CASE("language guess: Baltic / South Slavic / Slovak / Catalan / Albanian / Swahili / Afrikaans and Icelandic pages", "[language]") {
  // One paragraph about ketamine in each language, written for this test. Slovak beside Czech,
  // Croatian beside Slovenian, Catalan beside Spanish and Afrikaans beside Dutch share many
  // words: each page must still name its own language.
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"Slovak",
       "Ketamín je anestetikum, ktoré sa v nemocniciach používa už mnoho rokov. Používa sa aj na liečbu ťažkej "
       "depresie, keď iné lieky nepomohli. Najčastejšie vedľajšie účinky sú nevoľnosť a závraty, a po liečbe sa "
       "nesmie šoférovať. Lekár sleduje pacienta počas každej dávky aj po nej, pretože sa môže objaviť pocit "
       "odpojenia od tela."},
      {"Croatian, Bosnian or Serbian",
       "Ketamin je anestetik koji se u bolnicama koristi već mnogo godina. Koristi se i za liječenje teške "
       "depresije kada drugi lijekovi nisu pomogli. Najčešće nuspojave su mučnina i vrtoglavica, a nakon "
       "liječenja ne smije se voziti automobil. Liječnik prati pacijenta tijekom svake doze i nakon nje jer se "
       "može pojaviti osjećaj odvojenosti od tijela."},
      {"Slovenian",
       "Ketamin je anestetik, ki se v bolnišnicah uporablja že vrsto let. Uporablja se tudi za zdravljenje hude "
       "depresije, kadar druga zdravila niso pomagala. Najpogostejši neželeni učinki so slabost in omotica, po "
       "zdravljenju pa ne smete voziti avtomobila. Zdravnik spremlja bolnika med vsakim odmerkom in po njem, ker "
       "se lahko pojavi občutek ločenosti od telesa."},
      {"Lithuanian",
       "Ketaminas yra anestetikas, kuris ligoninėse naudojamas jau daug metų. Jis taip pat vartojamas sunkiai "
       "depresijai gydyti, kai kiti vaistai nepadėjo. Dažniausi šalutiniai poveikiai yra pykinimas ir galvos "
       "svaigimas, o po gydymo negalima vairuoti automobilio. Gydytojas stebi pacientą kiekvienos dozės metu ir "
       "po jos, nes gali atsirasti atsiskyrimo nuo kūno jausmas."},
      {"Latvian",
       "Ketamīns ir anestēzijas līdzeklis, ko slimnīcās lieto jau daudzus gadus. To lieto arī smagas depresijas "
       "ārstēšanai, kad citas zāles nav palīdzējušas. Biežākās blakusparādības ir slikta dūša un reibonis, un "
       "pēc ārstēšanas nedrīkst vadīt automašīnu. Ārsts uzrauga pacientu katras devas laikā un pēc tās, jo var "
       "rasties sajūta, ka esi atdalīts no sava ķermeņa."},
      {"Estonian",
       "Ketamiin on anesteetikum, mida on haiglates kasutatud juba palju aastaid. Seda kasutatakse ka raske "
       "depressiooni raviks, kui teised ravimid ei ole aidanud. Kõige sagedasemad kõrvaltoimed on iiveldus ja "
       "pearinglus, ning pärast ravi ei tohi autot juhtida. Arst jälgib patsienti iga annuse ajal ja pärast "
       "seda, sest võib tekkida tunne, et oled oma kehast eraldatud."},
      {"Catalan",
       "La ketamina és un anestèsic que s'utilitza des de fa anys als hospitals. També s'utilitza per tractar la "
       "depressió greu quan altres medicaments no han ajudat. Els efectes adversos més freqüents són les nàusees "
       "i el mareig, i després d'un tractament no es pot conduir. El metge vigila el pacient durant i després de "
       "cada dosi, perquè pot aparèixer una sensació de separació del cos."},
      {"Albanian",
       "Ketamina është një anestetik që përdoret prej shumë vitesh në spitale. Përdoret edhe për trajtimin e "
       "depresionit të rëndë, kur ilaçet e tjera nuk kanë ndihmuar. Efektet anësore më të shpeshta janë të "
       "përzierat dhe marramendja, dhe pas trajtimit nuk lejohet drejtimi i makinës. Mjeku e ndjek pacientin "
       "gjatë çdo doze dhe pas saj, sepse mund të shfaqet ndjesia e shkëputjes nga trupi."},
      {"Swahili",
       "Ketamini ni dawa ya nusukaputi ambayo imetumika hospitalini kwa miaka mingi. Pia hutumika kutibu "
       "mfadhaiko mkali wakati dawa nyingine hazijasaidia. Madhara yanayotokea mara nyingi ni kichefuchefu na "
       "kizunguzungu, na baada ya matibabu mgonjwa hapaswi kuendesha gari. Daktari humfuatilia mgonjwa wakati na "
       "baada ya kila dozi kwa sababu anaweza kuhisi kama ametengana na mwili wake."},
      {"Afrikaans",
       "Ketamien is 'n narkosemiddel wat al baie jare in hospitale gebruik word. Dit word ook gebruik om "
       "ernstige depressie te behandel wanneer ander medisyne nie gehelp het nie. Die algemeenste newe-effekte "
       "is naarheid en duiseligheid, en 'n mens mag nie na 'n behandeling bestuur nie. Die dokter hou die "
       "pasiënt tydens en na elke dosis dop, omdat 'n gevoel van losheid van die liggaam kan voorkom."},
      {"Icelandic",
       "Ketamín er svæfingalyf sem hefur verið notað á sjúkrahúsum í mörg ár. Það er einnig notað við alvarlegu "
       "þunglyndi þegar önnur lyf hafa ekki hjálpað. Algengustu aukaverkanirnar eru ógleði og svimi, og ekki má "
       "aka bíl eftir meðferð. Læknirinn fylgist með sjúklingnum meðan á hverjum skammti stendur og eftir hann, "
       "því að tilfinning um að vera aðskilinn frá líkamanum getur komið fram."}};
  check_languages(pages);
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
