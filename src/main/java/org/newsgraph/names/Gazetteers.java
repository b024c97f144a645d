package org.newsgraph.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.NewsGraphException;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.Lexicons;

/**
 * The name gazetteers shipped under {@code org/newsgraph/names/} (sources and licences in
 * SOURCES.md there), loaded once on first use and looked up by hash. Name lists (given names,
 * surnames) are matched case-insensitively; places, organisations, outlets, demonyms and org
 * words keep their case, so that short forms (US, AP, WHO) do not match common words.
 */
public final class Gazetteers {

    /** What a known phrase names. */
    public enum Kind { PLACE, ORGANIZATION, OUTLET }

    private final Map<String, Character> givenNames = new HashMap<>();
    private final Set<String> ambiguousGiven = new HashSet<>();
    /** Lower-case common English words (SCOWL): a capitalised one is a name only with other evidence. */
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    /** Surnames not from the census list (news surnames of other origins): no everyday English words among them. */
    private final Set<String> newsSurnames = new HashSet<>();
    /** Sovereign countries' names as written ("Australia", "Germany"). */
    private final Set<String> countries = new HashSet<>();
    /** Names and aliases of companies and media groups ("Apple", "Nintendo"). */
    private final Set<String> companies = new HashSet<>();
    /** English function words (lower case): a capitalised word the tagger calls ADP, DET … that is none of them is a name. */
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    private final Set<String> orgOfWords = new HashSet<>();
    private final Set<String> orgOnWords = new HashSet<>();
    private final Set<String> orgFirstWords = new HashSet<>();
    private final Set<String> buildingWords = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    private final Set<String> affiliations = new HashSet<>();
    private final Set<String> partyWords = new HashSet<>();
    private final Set<String> orgClassifiers = new HashSet<>();
    private final java.util.Map<String, Boolean> orgContexts = new java.util.HashMap<>();
    private final Set<String> agentContexts = new HashSet<>();
    private final Set<String> roleNouns = new HashSet<>();
    private final Set<String> miscWords = new HashSet<>();
    private final Set<String> leadModifiers = new HashSet<>();
    private final Set<String> postNominals = new HashSet<>();
    private final Set<String> nameArticles = new HashSet<>();
    private final Set<String> nameConnectors = new HashSet<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> possessiveNameWords = new HashSet<>();
    private final Set<String> personVerbs = new HashSet<>();
    private final Set<String> placeWordsLast = new HashSet<>();
    private final Set<String> placeWordsFirst = new HashSet<>();
    private final Map<String, Kind> phrases = new HashMap<>();
    /** Alias → the first-listed name of the same country, organisation or outlet. */
    private final Map<String, String> canonical = new HashMap<>();
    /** Titles, lower-cased, with their gender ('M', 'F', 'U'). */
    private final Map<String, Character> titles = new HashMap<>();
    private final Set<String> honorifics = new HashSet<>();
    /** Words not capitalised that stand inside known phrases: "of", "and", "region", "el-Mandeb". */
    private final Set<String> phraseInnerWords = new HashSet<>();
    private int maxPhraseWords = 1;
    private int maxTitleWords = 1;

    private static final class Holder {
        static final Gazetteers INSTANCE = load(Lexicon.standard());
    }

    private Gazetteers() {
    }

    /** The shared instance (loaded on first call, over the standard lexicon). */
    public static Gazetteers get() {
        return Holder.INSTANCE;
    }

    /** The shared instance for the standard lexicon, else gazetteers loaded over {@code lexicon}. */
    public static Gazetteers of(Lexicon lexicon) {
        return lexicon == Lexicon.standard() ? get() : load(lexicon);
    }

    /** Gazetteers over the lists of this package and the shared ones of {@code lexicon} (titles). */
    public static Gazetteers load(Lexicon lexicon) {
        Gazetteers g = new Gazetteers();
        read("given-names.tsv", c -> g.givenNames.put(lower(c[0]), c.length > 1 && !c[1].isEmpty() ? c[1].charAt(0) : 'U'));
        read("given-names-ambiguous.txt", c -> g.ambiguousGiven.add(lower(c[0])));
        read("common-words.txt", c -> g.commonWords.add(c[0]));
        read("surnames.tsv", c -> {
            g.surnames.add(lower(c[0]));
            if (c.length > 1 && !"census".equals(c[1])) {
                g.newsSurnames.add(lower(c[0]));
            }
        });
        read("function-words.txt", c -> g.functionWords.add(lower(c[0])));
        read("demonyms.tsv", c -> g.demonyms.add(c[0]));
        read("org-words.txt", c -> {
            if (c.length > 1 && "first".equals(c[1])) {
                g.orgFirstWords.add(c[0]);
                return;
            }
            (c.length > 1 && "of".equals(c[1]) ? g.orgOfWords : g.orgWords).add(c[0]);
            if (c.length > 1 && "on".equals(c[1])) {
                g.orgOnWords.add(c[0]);
            }
            if (c.length > 1 && "building".equals(c[1])) {
                g.buildingWords.add(c[0]);
            }
            if (c.length > 1 && "legal".equals(c[1])) {
                g.legalForms.add(c[0]);
            }
        });
        read("affiliations.txt", c -> {
            g.affiliations.add(c[0]);
            if (c.length > 1 && "party".equals(c[1])) {
                g.partyWords.add(c[0]);
            }
        });
        read("org-classifiers.txt", c -> g.orgClassifiers.add(c[0]));
        read("org-contexts.txt", c -> {
            g.orgContexts.put(c[0], c.length > 1 && "academic".equals(c[1]));
            if (c.length > 1 && "agent".equals(c[1])) {
                g.agentContexts.add(c[0]);
            }
        });
        read("misc-words.txt", c -> g.miscWords.add(c[0]));
        read("name-edges.txt", c -> (c.length > 1 && "post".equals(c[1]) ? g.postNominals : g.leadModifiers).add(c[0]));
        // the role package's nouns: a name right before one ("Tarvex chairperson Ben Dlamini") is an organisation's
        read("/org/newsgraph/roles/role-nouns.tsv", c -> g.roleNouns.add(lower(c[0].strip())));
        read("name-articles.txt", c -> g.nameArticles.add(c[0]));
        read("name-connectors.txt", c -> g.nameConnectors.add(c[0]));
        read("name-particles.txt", c -> g.nameParticles.add(c[0]));
        read("possessive-name-words.txt", c -> g.possessiveNameWords.add(c[0]));
        read("person-verbs.txt", c -> g.personVerbs.add(c[0]));
        read("place-words.txt", c -> (c.length > 1 && "first".equals(c[1]) ? g.placeWordsFirst : g.placeWordsLast).add(c[0]));
        read("cities.tsv", c -> g.phrase(c[0], Kind.PLACE));
        read("subdivisions.tsv", c -> g.phrase(c[0], Kind.PLACE));
        read("us-states.tsv", c -> {
            g.phrase(c[0], Kind.PLACE);
            if (c.length > 2 && !"-".equals(c[2])) {
                g.phrase(c[2], Kind.PLACE);
            }
        });
        Map<String, String> firstOfCode = new HashMap<>();
        read("countries.tsv", c -> {
            g.phrase(c[0], Kind.PLACE);
            if (c.length > 2 && "country".equals(c[2])) {
                g.countries.add(c[0].strip());
                g.canonical.put(c[0].strip(), firstOfCode.computeIfAbsent(c[1], k -> c[0].strip()));
            }
        });
        read("organisations.tsv", c -> {
            g.phrase(c[0], Kind.ORGANIZATION);
            if (c.length > 1 && ("company".equals(c[1]) || "media".equals(c[1]))) {
                g.companies.add(c[0].strip());
                if (c.length > 2) {
                    for (String a : c[2].split("\\|")) {
                        if (!a.isBlank()) {
                            g.companies.add(a.strip());
                        }
                    }
                }
            }
            if (c.length > 2) {
                for (String a : c[2].split("\\|")) {
                    g.phrase(a, Kind.ORGANIZATION);
                    if (!a.isBlank()) {
                        g.canonical.putIfAbsent(a.strip(), c[0].strip());
                    }
                }
            }
        });
        Map<String, String> firstOfDomain = new HashMap<>();
        read("news-outlets.tsv", c -> {
            g.phrase(c[0], Kind.OUTLET);
            if (c.length > 1 && !c[1].isBlank()) {
                g.canonical.putIfAbsent(c[0].strip(), firstOfDomain.computeIfAbsent(c[1], k -> c[0].strip()));
            }
        });
        for (Lexicon.Title title : lexicon.titles()) {
            if (!title.isPersonTitle()) {
                continue;
            }
            String t = titleKey(title.form());
            g.titles.put(t, title.gender());
            if ("honorific".equals(title.kind())) {
                g.honorifics.add(t);
            }
            g.maxTitleWords = Math.max(g.maxTitleWords, title.form().split(" ").length);
        }
        return g;
    }

    private void phrase(String name, Kind kind) {
        name = name.strip();
        if (name.isEmpty()) {
            return;
        }
        // later files win: an outlet or organisation named like a city is the outlet
        phrases.put(name, kind);
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) {
                phraseInnerWords.add(w);
            }
        }
        maxPhraseWords = Math.max(maxPhraseWords, name.split("[ \\-]").length + 1);
    }

    /** Titles are looked up lower-cased and without full stops: "Sen." and "Sen" are one title. */
    private static String titleKey(String s) {
        return lower(s).replace(".", "");
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static void read(String file, Consumer<String[]> row) {
        String path = file.startsWith("/") ? file : "/org/newsgraph/names/" + file;
        for (Lexicons.Line l : Lexicons.read(path)) {
            row.accept(l.text().split("\t", -1));
        }
    }

    /** Whether {@code words} (lower case, one or more words) is a role noun such as "chairperson" or "chief executive". */
    public boolean isRoleNoun(String words) {
        return roleNouns.contains(words) || words.endsWith("s") && roleNouns.contains(words.substring(0, words.length() - 1));
    }

    /** Whether {@code word} is a known given name (any case). */
    public boolean isGivenName(String word) {
        return givenNames.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (any case) is a common English word written in lower case ("sun", "judge", "heroes"). */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A given name that is also a common English word ("Will", "Rose"): weak evidence alone. */
    public boolean isAmbiguousGivenName(String word) {
        return ambiguousGiven.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a given name suggests: 'M', 'F' or 'U' (unknown or not a given name). */
    public char genderOfGivenName(String word) {
        Character g = givenNames.get(word.toLowerCase(Locale.ROOT));
        return g == null ? 'U' : g;
    }

    /** A surname from the hand-made or lexicon lists, not the census one ("Mbeki", "Zelensky"): rarely an English word. */
    public boolean isNewsSurname(String word) {
        return newsSurnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A sovereign country's name as written: "Australia", "South Korea". */
    public boolean isCountry(String text) {
        return countries.contains(text);
    }

    /** A company's or media group's name or alias as written: "Apple", "Nintendo". */
    public boolean isCompany(String text) {
        return companies.contains(text);
    }

    /** An English function word (preposition, determiner, pronoun, conjunction, auxiliary), any case. */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A nationality or group word: "Russian", "Americans", "Briton". Case as written. */
    public boolean isDemonym(String word) {
        return demonyms.contains(word);
    }

    /** The head of an event, prize, law or work name: "Prize", "Day", "Act". Case as written. */
    public boolean isMiscWord(String word) {
        return miscWords.contains(word);
    }

    /** An article of another language that starts names of works or places, never of persons: "La", "Die". */
    public boolean isNameArticle(String word) {
        return nameArticles.contains(word);
    }

    /** A verb of saying ("said", "told"): next to an unknown name, a sign of a person. Lower case. */
    public boolean isPersonVerb(String word) {
        return personVerbs.contains(word);
    }

    /** A party word written before a person's name: "Democrat", "Republican". Case as written. */
    public boolean isAffiliation(String word) {
        return affiliations.contains(word);
    }

    /** A singular party word that names the party on its own where it qualifies a person or role ("Republican"). */
    public boolean isPartyWord(String word) {
        return partyWords.contains(word);
    }

    /** A plural noun whose possessive stands inside an organisation's name: "People" of "People's Party". */
    public boolean isPossessiveNameWord(String word) {
        return possessiveNameWords.contains(word);
    }

    /** A lower-case particle inside a person's name: "de" of "Charles de Gaulle", "von der" of "Ursula von der Leyen". */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    /** A small word that may stand between the capitals of a name written after a classifier noun: "for", "de", "&". */
    public boolean isNameConnector(String word) {
        return nameConnectors.contains(word);
    }

    /** A lower-case noun that, written right before a name, says the name is an organisation's ("band", "party"). */
    public boolean isOrgClassifier(String word) {
        return orgClassifiers.contains(word);
    }

    /**
     * Words ("joined", "member of") that, right before a name, make it an organisation's: null when not such words,
     * TRUE when even a known place is meant as the university named after it ("studied at Oxford").
     */
    public Boolean orgContext(String lowerWords) {
        return orgContexts.get(lowerWords);
    }

    /**
     * Org-context words after which a person may stand as well ("signed by", "worked for"): a lone known surname after
     * them is left to the person rules.
     */
    public boolean isAgentContext(String lowerWords) {
        return agentContexts.contains(lowerWords);
    }

    /** A word that opens an organisation's name of two or more words ("FC Porto", "FK Partizan", "Dinamo Minsk"). */
    public boolean isOrgFirstWord(String word) {
        return orgFirstWords.contains(word);
    }

    /** An organisation word that "on" and a name may follow: "Commission on Presidential Debates". */
    public boolean isOrgOnWord(String word) {
        return orgOnWords.contains(word);
    }

    /** An organisation word, or a word that is one only when "of" follows: "House of Delegates". */
    public boolean isOrgOfWord(String word) {
        return orgWords.contains(word) || orgOfWords.contains(word);
    }

    /** A modifier that opens a run before a name and is no part of it: Former, Outgoing. */
    public boolean isLeadModifier(String word) {
        return leadModifiers.contains(word);
    }

    /** Post-nominal letters after a person's name: OBE, KCMG, QC, PhD. */
    public boolean isPostNominal(String word) {
        return postNominals.contains(word);
    }

    /** A word that makes a capitalised run an organisation name: Party, Council, Ministry. */
    public boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    /** A company's legal form, which may follow its name after a comma: Inc., Ltd., GmbH. */
    public boolean isLegalForm(String word) {
        return legalForms.contains(word);
    }

    /** An organisation word that names a building open to the public, a place: Museum, Gallery, Hospital. */
    public boolean isBuildingWord(String word) {
        return buildingWords.contains(word);
    }

    /** A word that ends place names of two or more words: County, River, Mountains. */
    public boolean isPlaceWordLast(String word) {
        return placeWordsLast.contains(word);
    }

    /** A word that starts place names of two or more words: Mount, Lake, Cape. */
    public boolean isPlaceWordFirst(String word) {
        return placeWordsFirst.contains(word);
    }

    /** What a known phrase (place, organisation, news outlet) names, or null. Case as written. */
    public Kind phrase(String text) {
        return phrases.get(text);
    }

    /**
     * The gazetteer's main name for a known alias: "US" → "United States", "NATO" → "North Atlantic
     * Treaty Organization", "NYT" → "The New York Times"; the name itself when it has no other; null
     * when unknown. Case as written. Lets the resolver join aliases of one country, body or outlet.
     */
    public String canonicalName(String text) {
        String c = canonical.get(text);
        return c != null ? c : phrases.containsKey(text) ? text : null;
    }

    /** Whether a word that is not capitalised may stand inside a known phrase ("of", "and", "region"). */
    public boolean isPhraseInnerWord(String word) {
        return phraseInnerWords.contains(word);
    }

    /** The longest phrase, in words, that {@link #phrase} may know (hyphenated parts counted). */
    public int maxPhraseWords() {
        return maxPhraseWords;
    }

    /** Whether {@code words} (any case) is a title used before person names: Dr., President, spokeswoman. */
    public boolean isTitle(String words) {
        return titles.containsKey(titleKey(words));
    }

    /** Whether a title is an honorific (Mr., Dr., Sir) rather than a role (President, spokeswoman). */
    public boolean isHonorific(String words) {
        return honorifics.contains(titleKey(words));
    }

    /** The gender a title tells ('M' for Mr., 'F' for spokeswoman), 'U' when it does not or is no title. */
    public char genderOfTitle(String words) {
        Character g = titles.get(titleKey(words));
        return g == null ? 'U' : g;
    }

    public int maxTitleWords() {
        return maxTitleWords;
    }
}
