package org.newsgraph.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

/**
 * The role patterns, one sentence each, over real OpenNLP sentences, tokens and tags. The names
 * are given (as the recogniser and resolver would give them) so that these tests fail only when
 * role finding does.
 */
class TestRoleAnnotator {

    private static final NlpAnnotator NLP = new NlpAnnotator();
    private static final RoleAnnotator ROLES = new RoleAnnotator();

    /** "person | role | organisation" for each fact found; "-" for none. */
    private static Set<String> roles(String text, String... names) {
        AnnotatedDocument doc = annotated(text, names);
        Set<String> out = new java.util.TreeSet<>();
        for (RoleFact r : doc.roles()) {
            assertTrue(doc.text(r.evidence()).length() > 0);
            out.add(doc.entity(r.person()).name() + " | " + (r.role() == null ? "-" : r.role()) + " | "
                    + (r.organization().isPresent() ? doc.entity(r.organization().getAsInt()).name() : "-"));
        }
        return out;
    }

    /** The document with the given names laid over it and its roles found (see {@link #roles}). */
    static AnnotatedDocument annotated(String text, String... names) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t.txt", text, "0"));
        NLP.annotate(doc);
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        // names: "P:Steven Witkoff", "O:Atlantic Council", "L:Russia", "P:He=Anna Berg" (an anaphor)
        for (String spec : names) {
            EntityType type = switch (spec.charAt(0)) {
                case 'P' -> EntityType.PERSON;
                case 'O' -> EntityType.ORGANIZATION;
                default -> EntityType.PLACE;
            };
            String surface = spec.substring(2);
            String entity = surface;
            boolean anaphor = surface.contains("=");
            if (anaphor) {
                entity = surface.substring(surface.indexOf('=') + 1);
                surface = surface.substring(0, surface.indexOf('='));
            }
            Integer id = ids.get(entity);
            if (id == null) {
                id = entities.size();
                ids.put(entity, id);
                entities.add(new Entity(id, type, entity, Set.of(entity), 'U'));
            }
            int at = text.indexOf(surface);
            assertTrue(at >= 0, surface);
            mentions.add(new Mention(new Span(at, at + surface.length()), surface, type,
                    anaphor ? Mention.Kind.ANAPHOR : Mention.Kind.NAME, id));
        }
        doc.setMentions(mentions);
        doc.setEntities(entities);
        ROLES.annotate(doc);
        return doc;
    }

    @Test
    void appositionWithOrganisation() {
        assertEquals(Set.of("Kirill Dmitriev | head | Russian Direct Investment Fund"),
                roles("Kirill Dmitriev, the head of the Russian Direct Investment Fund, said on Monday that talks went well.",
                        "P:Kirill Dmitriev", "O:Russian Direct Investment Fund"));
    }

    @Test
    void appositionWhoseOrganisationWasNotRecognisedHasNone() {
        assertEquals(Set.of("Kirill Dmitriev | chief executive | -"),
                roles("Kirill Dmitriev, the chief executive of Russia's sovereign wealth fund, said on Monday that talks went well.",
                        "P:Kirill Dmitriev", "L:Russia"));
        // "head" alone says nothing without its organisation (role-nouns-relational.txt)
        assertEquals(Set.of(),
                roles("Kirill Dmitriev, the head of Russia's sovereign wealth fund, said on Monday that talks went well.",
                        "P:Kirill Dmitriev", "L:Russia"));
    }

    @Test
    void appositionWithoutOrganisation() {
        assertEquals(Set.of("Leonid Petrov | geopolitical strategist | -"),
                roles("Conversely, Dr. Leonid Petrov, a geopolitical strategist, argues that such talks could help.",
                        "P:Leonid Petrov"));
    }

    @Test
    void titleBeforeNameWithOrganisation() {
        assertEquals(Set.of("Maria Zakharova | spokeswoman | Russian Foreign Ministry"),
                roles("Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the report on Thursday.",
                        "O:Russian Foreign Ministry", "P:Maria Zakharova"));
        assertEquals(Set.of("Yury Ushakov | aide | Kremlin"),
                roles("Kremlin aide Yury Ushakov confirmed that the recording was genuine.", "O:Kremlin", "P:Yury Ushakov"));
    }

    @Test
    void titleBeforeNameDropsEvaluativeWords() {
        assertEquals(Set.of("Steven Witkoff | real estate developer | -"),
                roles("The plan was pushed by prominent real estate developer Steven Witkoff last week.",
                        "P:Steven Witkoff"));
    }

    @Test
    void possessiveOrganisationBeforeRole() {
        assertEquals(Set.of("Alexei Miller | chief executive | Gazprom"),
                roles("Gazprom's chief executive Alexei Miller flew to Beijing.", "O:Gazprom", "P:Alexei Miller"));
    }

    @Test
    void fromOrganisationGivesMembershipWithoutRole() {
        assertEquals(Set.of("Elise Warner | - | Atlantic Council"),
                roles("Dr. Elise Warner from the Atlantic Council suggests caution.", "P:Elise Warner", "O:Atlantic Council"));
    }

    @Test
    void relativeClauseWithRoleVerb() {
        assertEquals(Set.of("Hanna Koller | head | Vienna Institute"),
                roles("The study was led by Hanna Koller, who heads the Vienna Institute, and two colleagues.",
                        "P:Hanna Koller", "O:Vienna Institute"));
    }

    @Test
    void chairmanOfOrganisation() {
        assertEquals(Set.of("Peter Graf | chairman | Siemens"),
                roles("Peter Graf, chairman of Siemens, resigned in March.", "P:Peter Graf", "O:Siemens"));
    }

    @Test
    void partyMemberOfParliament() {
        assertEquals(Set.of("John Smith | MP | Labour"),
                roles("John Smith, a Labour MP, asked the minister to resign.", "P:John Smith", "O:Labour"));
    }

    @Test
    void encyclopaedicLeadServedAs() {
        assertEquals(Set.of("Anna Berg | politician | Green Party"),
                roles("Anna Berg (born 1961) is a Swedish politician for the Green Party.", "P:Anna Berg",
                        "L:Swedish", "O:Green Party"));
        assertEquals(Set.of("Tom Hale | minister | Ministry of Fisheries"),
                roles("Tom Hale later served as minister of the Ministry of Fisheries until 1990.", "P:Tom Hale",
                        "O:Ministry of Fisheries"));
    }

    @Test
    void memberOfThroughAPronoun() {
        assertEquals(Set.of("Anna Berg | member | Centre Party"),
                roles("Anna Berg grew up in Umea. She was a member of the Centre Party from 1980.", "P:Anna Berg",
                        "P:She=Anna Berg", "O:Centre Party"));
    }

    @Test
    void joinedAndWorkedFor() {
        assertEquals(Set.of("Tom Hale | - | Liberal Party"),
                roles("In 1998 Tom Hale joined the Liberal Party.", "P:Tom Hale", "O:Liberal Party"));
        assertEquals(Set.of("Maria Lind | - | Reuters"),
                roles("Maria Lind worked for Reuters for ten years.", "P:Maria Lind", "O:Reuters"));
    }

    @Test
    void roleNounWithoutPersonGivesNothing() {
        assertEquals(Set.of(),
                roles("The spokeswoman for the Atlantic Council declined to comment on the chairman's plans.",
                        "O:Atlantic Council"));
    }

    @Test
    void occupationAloneInACopularSentenceIsNoRole() {
        assertEquals(Set.of(),
                roles("Anna Berg is an American songwriter and composer.", "P:Anna Berg", "L:American"));
    }

    @Test
    void listOfTitledNamesGivesEachItsOwnTitle() {
        assertEquals(Set.of("Ann Lee | vocalist | -", "Bo Dahl | guitarist | -"),
                roles("The group consists of vocalist Ann Lee, guitarist Bo Dahl.", "P:Ann Lee", "P:Bo Dahl"));
    }

    @Test
    void namesWithoutRoleWordsGiveNothing() {
        assertEquals(Set.of(),
                roles("Witkoff, Ushakov and Dmitriev met in Moscow on Tuesday.", "P:Witkoff", "P:Ushakov",
                        "P:Dmitriev", "L:Moscow"));
    }

    @Test
    void singularTitleBelongsToTheFirstNameOnlyPluralToAll() {
        assertEquals(Set.of("Barack Obama | president | -"),
                roles("President Barack Obama and Hillary Clinton spoke in Ohio.", "P:Barack Obama", "P:Hillary Clinton",
                        "L:Ohio"));
        assertEquals(Set.of("Ann Lee | candidates | -", "Bo Dahl | candidates | -"),
                roles("The debate between candidates Ann Lee and Bo Dahl was short.", "P:Ann Lee", "P:Bo Dahl"));
    }

    @Test
    void possessiveBeforeRoleIsNotPartOfIt() {
        assertEquals(Set.of("Brian Fallon | press secretary | -"),
                roles("Brian Fallon, the campaign's press secretary, said the emails were old.", "P:Brian Fallon"));
    }

    @Test
    void pronounStandsForAPersonOnlyAsSubject() {
        // "who" resolved to Tom Clarke follows a title here, but the title is not his
        assertEquals(Set.of(),
                roles("Tom Clarke met the former president, who spoke first.", "P:Tom Clarke", "P:who=Tom Clarke"));
        assertEquals(Set.of("Tom Clarke | - | Liberal Party"),
                roles("Tom Clarke left Leeds in 1990. He joined the Liberal Party a year later.", "P:Tom Clarke",
                        "L:Leeds", "P:He=Tom Clarke", "O:Liberal Party"));
    }

    @Test
    void ageBetweenNameAndRole() {
        assertEquals(Set.of("Anna Berg | lawyer | Sierra Club"),
                roles("Anna Berg, 45, a lawyer for the Sierra Club, filed the suit.", "P:Anna Berg", "O:Sierra Club"));
    }

    @Test
    void whoRunsOrganisation() {
        assertEquals(Set.of("Ian Bremmer | head | Eurasia Group"),
                roles("Ian Bremmer, who runs the Eurasia Group, disagreed.", "P:Ian Bremmer", "O:Eurasia Group"));
    }

    @Test
    void partyWordBeforeAPersonOrAfterAnArticleGivesMembership() {
        assertEquals(Set.of("Sidney Hale | - | Democrat"),
                roles("The district was merged with that of fellow Democrat Sidney Hale in 1963.",
                        "O:Democrat", "P:Sidney Hale"));
        assertEquals(Set.of("Anna Berg | - | Republican"),
                roles("A Republican, she has served in the state senate since 2014.", "O:Republican", "P:she=Anna Berg"));
    }

    @Test
    void roleOfAFieldAtAnOrganisation() {
        assertEquals(Set.of("Anna Berg | professor | Lund University"),
                roles("Anna Berg is also a professor of medieval history at Lund University.",
                        "P:Anna Berg", "O:Lund University"));
    }

    @Test
    void twoRolesAtTwoOrganisationsStayApart() {
        assertEquals(Set.of("Anna Berg | vice president | Free Press Society", "Anna Berg | senior editor | Hudson Institute"),
                roles("Anna Berg is vice president of the Free Press Society and a senior editor at the Hudson Institute.",
                        "P:Anna Berg", "O:Free Press Society", "O:Hudson Institute"));
    }

    @Test
    void onTheFacultyOfAnOrganisation() {
        assertEquals(Set.of("Anna Berg | - | Juilliard School"),
                roles("Anna Berg is currently on the faculty of the Juilliard School.", "P:Anna Berg", "O:Juilliard School"));
    }

    @Test
    void lineUpWithTitlesGivesEachMemberTheBand() {
        Set<String> r = roles("The Hollows was formed in 1999 by guitarist Sam Perkins and bassist Jane Doyle, later "
                + "recruiting singer Tom Hardy and drummer Ella Stone.", "O:The Hollows", "P:Sam Perkins",
                "P:Jane Doyle", "P:Tom Hardy", "P:Ella Stone");
        for (String p : List.of("Sam Perkins", "Jane Doyle", "Tom Hardy", "Ella Stone")) {
            assertTrue(r.stream().anyMatch(f -> f.startsWith(p + " | ") && f.endsWith(" | The Hollows")), r.toString());
        }
        Set<String> c = roles("The Ridgebacks consists of vocalist Mark Ellis, guitarist Paul Reed and drummer Anna Fox.",
                "O:The Ridgebacks", "P:Mark Ellis", "P:Paul Reed", "P:Anna Fox");
        for (String p : List.of("Mark Ellis", "Paul Reed", "Anna Fox")) {
            assertTrue(c.stream().anyMatch(f -> f.startsWith(p + " | ") && f.endsWith(" | The Ridgebacks")), c.toString());
        }
    }

    @Test
    void participleAndSpellsGiveMembership() {
        assertEquals(Set.of("Anna Berg | - | Norden Lions"),
                roles("Anna Berg moved to Germany, playing for the Norden Lions for two seasons.",
                        "P:Anna Berg", "L:Germany", "O:Norden Lions"));
        assertEquals(Set.of("Anna Berg | - | Lundby Capitals", "Anna Berg | - | Harbour Stars"),
                roles("Anna Berg returned to Vienna in 1999, with spells for the Lundby Capitals and the Harbour Stars.",
                        "P:Anna Berg", "L:Vienna", "O:Lundby Capitals", "O:Harbour Stars"));
    }

    @Test
    void bracketedAsideInsideAListOfOrganisations() {
        assertEquals(Set.of("Anna Berg | member | Brandell Academy of Sciences", "Anna Berg | member | Nordic Society of Arts"),
                roles("Anna Berg is a member of the Brandell Academy of Sciences (since 2008) and the Nordic Society of "
                        + "Arts (since 2016).", "P:Anna Berg", "O:Brandell Academy of Sciences", "O:Nordic Society of Arts"));
    }

    @Test
    void secondRoleAfterAsWellAsOrAfterAnotherPhrase() {
        assertEquals(Set.of("Anna Berg | singer | Tallowmere", "Anna Berg | bassist | Kestrel Yard"),
                roles("Anna Berg is the singer and one of the founders of the folk band Tallowmere, as well as bassist "
                        + "of the rock band Kestrel Yard.", "P:Anna Berg", "O:Tallowmere", "O:Kestrel Yard"));
    }

    @Test
    void joinedTheFacultyOf() {
        assertEquals(Set.of("Anna Berg | - | University of Lundby"),
                roles("In 1962 Anna Berg joined the faculty of the University of Lundby.",
                        "P:Anna Berg", "O:University of Lundby"));
    }

    @Test
    void playedSeveralWordsBeforeFor() {
        assertEquals(Set.of("Tom Bell | - | Tarvik Pirates"),
                roles("Tom Bell played parts of two seasons in the majors for the Tarvik Pirates.",
                        "P:Tom Bell", "O:Tarvik Pirates"));
    }

    @Test
    void leagueBeforeSideOnlyQualifiesTheClub() {
        assertEquals(Set.of("Anna Berg | defender | Tarvik Rovers"),
                roles("Anna Berg plays as a defender for Premier League side Tarvik Rovers.",
                        "P:Anna Berg", "O:Premier League", "O:Tarvik Rovers"));
        Set<String> r = roles("Anna Berg plays as a defender for Premier League side Leicester.",
                "P:Anna Berg", "O:Premier League", "L:Leicester");
        assertTrue(r.stream().noneMatch(f -> f.endsWith("| Premier League")), r.toString());
    }

    @Test
    void openingPhraseAboutAClubGivesTheSubjectMembership() {
        assertEquals(Set.of("Anna Berg | - | Norden Lions"),
                roles("After playing eight years for the Norden Lions, she was transferred to a rival club.",
                        "O:Norden Lions", "P:she=Anna Berg"));
        assertEquals(Set.of("Tom Bell | - | Tarvik Pirates"),
                roles("After four years with the Tarvik Pirates, Tom Bell was traded in 2011.",
                        "O:Tarvik Pirates", "P:Tom Bell"));
    }

    @Test
    void titleAndMembershipInOneSentenceAreOneFact() {
        assertEquals(Set.of("Tom Reddy | drummer | Night Owls"),
                roles("Drummer Tom Reddy left the Night Owls in 2004.", "P:Tom Reddy", "O:Night Owls"));
    }

    @Test
    void positionBeforeANameIsNotTheRoleInTheOrganisationJoined() {
        assertEquals(Set.of("Ann Miles | senator | -", "Ann Miles | - | Northgate Capital"),
                roles("Senator Ann Miles later joined Northgate Capital.", "P:Ann Miles", "O:Northgate Capital"));
    }

    @Test
    void bandRoleWithoutOrganisationIsHeldInTheBandIntroducedBefore() {
        String text = "Harbour Lights is the second album by the Welsh rock band the Night Owls. "
                + "It was recorded in Cardiff. Guitarist Tom Reddy wrote most of the songs.";
        assertEquals(Set.of("Tom Reddy | guitarist | Night Owls"),
                roles(text, "O:Night Owls", "L:Cardiff", "P:Tom Reddy"));
        String lead = "The Night Owls are a Welsh rock band from Cardiff. Singer Ann Reddy left in 2004.";
        assertEquals(Set.of("Ann Reddy | singer | Night Owls"),
                roles(lead, "O:Night Owls", "L:Cardiff", "P:Ann Reddy"));
    }

    @Test
    void bandRoleStaysAloneWithoutABandOrWithABandOnlyAfter() {
        assertEquals(Set.of("Tom Reddy | guitarist | -"),
                roles("Guitarist Tom Reddy grew up in Cardiff. He joined no band until 1999.", "P:Tom Reddy", "L:Cardiff"));
        assertEquals(Set.of("Tom Reddy | guitarist | -"),
                roles("Guitarist Tom Reddy grew up in Cardiff. The band Night Owls was formed later.",
                        "P:Tom Reddy", "L:Cardiff", "O:Night Owls"));
        // "group" alone does not say band: a singer is no member of a militant group
        assertEquals(Set.of("Ann Reddy | singer | -"),
                roles("The militant group Tarvik Front claimed the attack. Singer Ann Reddy condemned it.",
                        "O:Tarvik Front", "P:Ann Reddy"));
        assertEquals(Set.of("Ann Reddy | singer | Tarvik Five"),
                roles("The pop group Tarvik Five split up. Singer Ann Reddy went solo.", "O:Tarvik Five", "P:Ann Reddy"));
        // a company is no band: a singer is not its member
        assertEquals(Set.of("Ann Reddy | singer | -"),
                roles("Northgate Capital is a Welsh investment firm. Singer Ann Reddy visited it.",
                        "O:Northgate Capital", "P:Ann Reddy"));
    }

    @Test
    void laterNamesOfATitledLineUpKeepTheirTitleInTheOrganisation() {
        assertEquals(Set.of("Ben Dlamini | chairperson | Tarvex", "Ann Miles | chief executive | Tarvex"),
                roles("Tarvex chairperson Ben Dlamini and chief executive Ann Miles resigned on Friday.",
                        "O:Tarvex", "P:Ben Dlamini", "P:Ann Miles"));
        // an untitled later name is no member: "President Obama and Clinton"
        assertEquals(Set.of("Ben Dlamini | chairperson | Tarvex"),
                roles("Tarvex chairperson Ben Dlamini and Ann Miles met on Friday.",
                        "O:Tarvex", "P:Ben Dlamini", "P:Ann Miles"));
    }

    @Test
    void aPossessiveOnTheTitledNameKeepsTheTitle() {
        assertEquals(Set.of("Ann Miles | senator | -"),
                roles("Senator Ann Miles's approval rating fell.", "P:Ann Miles"));
        // but an organisation with a possessive is not the organisation: "Russia's sovereign wealth fund"
        assertEquals(Set.of("Kirill Dmitriev | chief executive | -"),
                roles("Kirill Dmitriev, the chief executive of Russia's fund, spoke.", "P:Kirill Dmitriev", "O:Russia"));
    }

    @Test
    void anOrganisationNamingSomeoneToARole() {
        assertEquals(Set.of("Tim Sloan | chief executive | Wells Fargo"),
                roles("Wells Fargo named Tim Sloan chief executive on Wednesday.", "O:Wells Fargo", "P:Tim Sloan"));
        assertEquals(Set.of("Ann Berg | leader | Labour Party"),
                roles("The Labour Party elected Ann Berg as its leader.", "O:Labour Party", "P:Ann Berg"));
        assertEquals(Set.of("Kgalema Motlanthe | deputy leader | ANC"),
                roles("The ANC chose deputy leader Kgalema Motlanthe to replace him.", "O:ANC", "P:Kgalema Motlanthe"));
    }

    @Test
    void aClassifierBeforeALaterOrganisationOfACoordination() {
        assertEquals(Set.of("Ann Colen | member | Tarvik Parliament", "Ann Colen | member | Tarvik First"),
                roles("He is married to Ann Colen, a former member of the Tarvik Parliament, and the political party Tarvik First.",
                        "P:Ann Colen", "O:Tarvik Parliament", "O:Tarvik First"));
    }

    @Test
    void anAppositionBetweenSubjectAndVerb() {
        assertEquals(Set.of("Frederick Chiluba | candidate | Tarvik Movement", "Frederick Chiluba | trade union leader | -"),
                roles("Frederick Chiluba, a trade union leader, won the election in 1991 as the candidate of the Tarvik Movement.",
                        "P:Frederick Chiluba", "O:Tarvik Movement"));
    }

    @Test
    void abbreviatedTitlesAreSpelledOut() {
        assertEquals(Set.of("Chris Christie | governor | -"),
                roles("New Jersey Gov. Chris Christie criticised the plan.", "L:New Jersey", "P:Chris Christie"));
        assertEquals(Set.of("Ann Berg | lieutenant governor | -"),
                roles("Lt. Gov. Ann Berg criticised the plan.", "P:Ann Berg"));
        assertEquals(Set.of("Ann Berg | senator | -"),
                roles("Yesterday Sen. Ann Berg criticised the plan.", "P:Ann Berg"));
    }

    @Test
    void aPartyMemberByThePartysNameInApposition() {
        assertEquals(Set.of("Ann Dorsey | - | Democrat"),
                roles("Ann Dorsey, a Democrat from Oregon, said the bill would fail.", "P:Ann Dorsey", "O:Democrat", "L:Oregon"));
        assertEquals(Set.of("Ann Dorsey | engineer | Tarvex"),
                roles("Ann Dorsey, a Tarvex engineer, said the bill would fail.", "P:Ann Dorsey", "O:Tarvex"));
        assertEquals(Set.of("John Kerry | secretary of state | -"),
                roles("Secretary of State John Kerry met him in Geneva.", "P:John Kerry", "L:Geneva"));
    }

    @Test
    void aSingularAppositionAfterACoordinationIsTheLastNames() {
        assertEquals(Set.of("Colin Powell | secretary of state | -"),
                roles("He sat alongside Joe Biden and Colin Powell, the former secretary of state, and others.",
                        "P:Joe Biden", "P:Colin Powell"));
        assertEquals(Set.of("Ann Berg | co-founders | Tarvex Labs", "Tom Reddy | co-founders | Tarvex Labs"),
                roles("Ann Berg and Tom Reddy, the co-founders of Tarvex Labs, spoke.", "P:Ann Berg", "P:Tom Reddy", "O:Tarvex Labs"));
    }

    @Test
    void twoRolesBeforeAnAbbreviatedTitleAreNotOne() {
        assertEquals(Set.of("Ann Berg | senator | -"),
                roles("The former presidential candidate Sen. Ann Berg spoke.", "P:Ann Berg"));
        assertEquals(Set.of("Tom Reddy | representative | -"),
                roles("House Oversight Chairman Rep. Tom Reddy spoke.", "P:Tom Reddy"));
        assertEquals(Set.of("Tom Reddy | senator | -"),
                roles("He would consider naming Sen. Tom Reddy to the court.", "P:Tom Reddy"));
    }

    @Test
    void twoCoordinatedRolesOfOneOrganisation() {
        assertEquals(Set.of("Tom Reddy | co-founder | Northgate Capital", "Tom Reddy | CEO | Northgate Capital"),
                roles("Tom Reddy is the co-founder and CEO of Northgate Capital.", "P:Tom Reddy", "O:Northgate Capital"));
        assertTrue(roles("Peter Ham was best known as the lead vocalist and composer of the rock band Night Owls.",
                "P:Peter Ham", "O:Night Owls").contains("Peter Ham | composer | Night Owls"));
    }

    @Test
    void theBandsRoleIsHeldInTheBandIntroducedBefore() {
        String text = "Harbour Lights is an album by the punk rock band Night Owls. "
                + "The drummer left and was replaced by the band's roadie Tom Reddy.";
        assertEquals(Set.of("Tom Reddy | roadie | Night Owls"), roles(text, "O:Night Owls", "P:Tom Reddy"));
        // no band before: the possessive alone names no organisation
        assertEquals(Set.of("Tom Reddy | roadie | -"), roles("He was replaced by the band's roadie Tom Reddy.", "P:Tom Reddy"));
    }

    @Test
    void anOrganisationUnderSomeone() {
        assertTrue(roles("She was deputy leader of the Tarvik Party under Ann Berg, between 2007 and 2014.",
                "O:Tarvik Party", "P:Ann Berg").contains("Ann Berg | - | Tarvik Party"));
        assertEquals(Set.of(), roles("Under Ann Berg the Tarvik Party grew.", "O:Tarvik Party", "P:Ann Berg"));
    }

    @Test
    void appositionWithTheOrganisationsPossessive() {
        assertEquals(Set.of("Anna Kovac | finance director | Velmont Group"),
                roles("Anna Kovac, the Velmont Group's finance director, declined to comment.", "P:Anna Kovac", "O:Velmont Group"));
        assertEquals(Set.of("Eva Holm | chief executive | Velmont Group"),
                roles("Eva Holm is the Velmont Group's chief executive.", "P:Eva Holm", "O:Velmont Group"));
    }

    @Test
    void electedOrAppointedToABody() {
        assertEquals(Set.of("Omar Haddad | - | Harbour Council"),
                roles("Omar Haddad was elected to the Harbour Council in 2012.", "P:Omar Haddad", "O:Harbour Council"));
        assertEquals(Set.of("Ruth Calder | - | Supreme Court"),
                roles("Ruth Calder was appointed to the Supreme Court by the governor.", "P:Ruth Calder", "O:Supreme Court"));
    }

    @Test
    void nowWithOrFormerlyOfInAnAside() {
        assertEquals(Set.of("Pia Lind | - | Northwind Bank"),
                roles("Pia Lind, now with Northwind Bank, left the agency in March.", "P:Pia Lind", "O:Northwind Bank"));
        assertEquals(Set.of("Ivo Marsh | - | Civic Union"),
                roles("Ivo Marsh, formerly of the Civic Union, spoke against the plan.", "P:Ivo Marsh", "O:Civic Union"));
    }

    @Test
    void oneOfTheFoundersIsOneFounder() {
        assertEquals(Set.of("Lena Frost | founder | Green Alliance"),
                roles("Lena Frost, one of the founders of the Green Alliance, was there.", "P:Lena Frost", "O:Green Alliance"));
        assertEquals(Set.of("Karl Meyer | founding member | Harbour Party"),
                roles("Karl Meyer was one of the founding members of the Harbour Party.", "P:Karl Meyer", "O:Harbour Party"));
    }

    @Test
    void aPartyInBracketsAfterTheNameWhenTheDocumentNamesTheParty() {
        assertEquals(Set.of("Ruth Calder | - | Republicans", "Ruth Calder | senator | -"),
                roles("Sen. Ruth Calder (R-Texas) wrote to the council. Republicans said the bill would pass.",
                        "P:Ruth Calder", "O:Republicans"));
        assertEquals(Set.of("Ann Roe | - | Democratic Party"),
                roles("Ann Roe (Democrat) voted no, and the Democratic Party was split.", "P:Ann Roe", "O:Democratic Party"));
        assertEquals(Set.of("Ruth Calder | senator | -"),
                roles("Sen. Ruth Calder (R-Texas) wrote to the council.", "P:Ruth Calder"), "no party named: no membership made up");
    }

    @Test
    void aRoleWrittenWithExOrThenAndAHyphen() {
        assertEquals(Set.of("Lena Frost | director | Northwind Bank"),
                roles("Lena Frost, an ex-director of Northwind Bank, said the plan was sound.", "P:Lena Frost", "O:Northwind Bank"));
        assertEquals(Set.of("Karl Meyer | chairman | Velmont Energy"),
                roles("Karl Meyer, then-chairman of Velmont Energy, began the talks.", "P:Karl Meyer", "O:Velmont Energy"));
    }
    @Test
    void takenOnByAnOrganisation() {
        assertEquals(Set.of("Tom Hale | - | Lundby Rovers"),
                roles("In 2004 Tom Hale was signed by Lundby Rovers from a local side.", "P:Tom Hale", "O:Lundby Rovers"));
        assertEquals(Set.of("Anna Berg | - | Northwind Bank"),
                roles("After the war she took a position with Northwind Bank in Oslo.", "P:she=Anna Berg",
                        "O:Northwind Bank", "L:Oslo"));
    }

    @Test
    void twoRolesEachAtItsOwnOrganisation() {
        assertEquals(Set.of("Ivo Marsh | fellow | Harbour Institute", "Ivo Marsh | professor | Lundby University"),
                roles("Ivo Marsh is a fellow of the Harbour Institute and a professor at Lundby University.", "P:Ivo Marsh",
                        "O:Harbour Institute", "O:Lundby University"));
    }

    @Test
    void aCoFounderNamedWithTheFounder() {
        assertEquals(Set.of("Lena Frost | founder | Velmont Energy", "Karl Meyer | co-founder | Velmont Energy"),
                roles("Lena Frost founded Velmont Energy with Karl Meyer in 1998.", "P:Lena Frost", "O:Velmont Energy",
                        "P:Karl Meyer"));
    }

    @Test
    void aRoleInAppositionToACopularLead() {
        assertEquals(Set.of("Ruth Calder | first president | Tarvik College"),
                roles("Ruth Calder was an American chemist, the first president of historically rural Tarvik College.",
                        "P:Ruth Calder", "L:American", "O:Tarvik College"));
    }

    @Test
    void aBandMemberIsHeldInTheBandIntroducedBefore() {
        assertEquals(Set.of("Bo Dahl | band member | Night Owls"),
                roles("The album is the third by the English rock band Night Owls. According to band member Bo Dahl, it took a year.",
                        "L:English", "O:Night Owls", "P:Bo Dahl"));
    }
    @Test
    void aListOfThreeOrganisationsEachWithTheNeedsNoClosingAnd() {
        assertEquals(Set.of("Anna Berg | member | Harbour Institute", "Anna Berg | member | Lundby Society",
                        "Anna Berg | member | Norden Guild"),
                roles("Anna Berg was a member of the Harbour Institute, the Lundby Society, the Norden Guild, the painters of Tarvik and others.",
                        "P:Anna Berg", "O:Harbour Institute", "O:Lundby Society", "O:Norden Guild", "L:Tarvik"));
        assertEquals(Set.of("Anna Berg | member | Harbour Institute"),
                roles("Anna Berg was a member of the Harbour Institute, the Lundby Society, a club in Tarvik.",
                        "P:Anna Berg", "O:Harbour Institute", "O:Lundby Society", "L:Tarvik"), "two are no list");
    }
    @Test
    void anOrganisationNamedBeforeAndThenDescribed() {
        assertEquals(Set.of("Tom Hale | - | Harbour Party"),
                roles("The Harbour Party was founded in 1990. Tom Hale joined the party in 2004.", "O:Harbour Party",
                        "P:Tom Hale", "O:the party=Harbour Party"));
        assertEquals(Set.of("Lena Frost | chief executive | Velmont Energy"),
                roles("Velmont Energy lost money. The company's chief executive, Lena Frost, said so.", "O:Velmont Energy",
                        "O:The company=Velmont Energy", "P:Lena Frost"));
    }
    @Test
    void anArticleAboutAnOrganisationCallsItIt() {
        assertEquals(Set.of("Ann Lee | chairman | -", "Ann Lee | founder | Harbour Party", "Bo Dahl | leader | Harbour Party"),
                roles("The Harbour Party is a political party in Norden. It was founded in 1994 by the then chairman Ann Lee. "
                        + "In the 2006 election, its leader Bo Dahl ran for president.", "O:Harbour Party", "L:Norden",
                        "P:Ann Lee", "P:Bo Dahl"));
        assertEquals(Set.of("Bo Dahl | leader | -"),
                roles("Ann Lee said the Harbour Party was growing. It was a good year, and its leader Bo Dahl agreed.",
                        "P:Ann Lee", "O:Harbour Party", "P:Bo Dahl"), "an article that opens with a person has no lead organisation");
    }

    @Test
    void aPartyBetweenCommasAfterTheName() {
        assertEquals(Set.of("Ruth Calder | - | Republicans", "Ruth Calder | senator | -"),
                roles("Sen. Ruth Calder, R-Texas, wrote to the council. Republicans said the bill would pass.",
                        "P:Ruth Calder", "O:Republicans"));
        assertEquals(Set.of("Ruth Calder | senator | -"),
                roles("Sen. Ruth Calder, D, wrote to the council. Democrats said the bill would pass.",
                        "P:Ruth Calder", "O:Democrats"), "a letter alone between commas is no party");
    }

    @Test
    void aMemberOfAPartIsAMemberOfTheWhole() {
        assertEquals(Set.of("Ivo Marsh | professor | Lundby Institute of Physics", "Ivo Marsh | - | Norden Academy of Sciences"),
                roles("Ivo Marsh is a professor at the Lundby Institute of Physics of the Norden Academy of Sciences.",
                        "P:Ivo Marsh", "O:Lundby Institute of Physics", "O:Norden Academy of Sciences"));
        assertEquals(Set.of("Tom Hale | - | Lundby Rovers"),
                roles("Tom Hale played for the Lundby Rovers of the Norden Football League.",
                        "P:Tom Hale", "O:Lundby Rovers", "O:Norden Football League"), "a club is in a league, not part of it");
    }

    @Test
    void aRoleTakenWithTheOrganisationJoined() {
        assertEquals(Set.of("Anna Berg | analyst | Velmont Energy"),
                roles("Anna Berg joined Velmont Energy as an analyst in 2004.", "P:Anna Berg", "O:Velmont Energy"));
        assertEquals(Set.of("Tom Hale | - | Harbour Party"),
                roles("Tom Hale joined the Harbour Party as a teenager.", "P:Tom Hale", "O:Harbour Party"),
                "any noun after as is no role");
    }

    @Test
    void aSuccessorAndTheOneHeSucceeded() {
        assertEquals(Set.of("Karl Meyer | chairman | Northwind Bank", "Lena Frost | chairman | Northwind Bank"),
                roles("In 2010 Karl Meyer succeeded Lena Frost as chairman of Northwind Bank.", "P:Karl Meyer",
                        "P:Lena Frost", "O:Northwind Bank"));
    }

    @Test
    void namesThatAreAllMembersOfOne() {
        assertEquals(Set.of("Anna Berg | member | Harbour Party", "Tom Hale | member | Harbour Party"),
                roles("Anna Berg and Tom Hale, both members of the Harbour Party, voted no.", "P:Anna Berg", "P:Tom Hale",
                        "O:Harbour Party"));
    }

    @Test
    void aCapitalThatOnlyOpensTheSentenceIsNoOrganisation() {
        assertEquals(Set.of("Ivo Marsh | treasurer | -"),
                roles("Former treasurer Ivo Marsh said the former plan was sound.", "O:Former", "P:Ivo Marsh"));
        assertEquals(Set.of("Ivo Marsh | treasurer | Velmont"),
                roles("Velmont treasurer Ivo Marsh said the plan was sound.", "O:Velmont", "P:Ivo Marsh"),
                "a name the document never writes in lower case stays one");
    }

    @Test
    void anOrganisationThatTitlesALaterNameIsThatNamesOnly() {
        assertEquals(Set.of("Tom Hale | player | Lundby Rovers"),
                roles("Ivo Marsh was the father of Lundby Rovers player Tom Hale.", "P:Ivo Marsh", "O:Lundby Rovers",
                        "P:Tom Hale"));
    }

    @Test
    void aCareerBegunLateInALongSentence() {
        assertEquals(Set.of("Ruth Calder | - | Lundby University"),
                roles("Ruth Calder was born in Tarvik, studied chemistry in Norden and went on to teach at Lundby University.",
                        "P:Ruth Calder", "L:Tarvik", "L:Norden", "O:Lundby University"));
    }

    @Test
    void aPlaceBetweenTheVerbAndTheEmployer() {
        assertEquals(Set.of("Ann Berg | - | Velmont Energy"),
                roles("In 1998 she worked in Norden for Velmont Energy.", "P:she=Ann Berg", "L:Norden", "O:Velmont Energy"));
    }

    @Test
    void aRoleThatSaysNothingWithoutItsOrganisationIsNoFact() {
        assertEquals(Set.of(), roles("Ivo Marsh, a member of the obscure Tarvik circle, spoke first.", "P:Ivo Marsh"));
        assertEquals(Set.of(), roles("Ruth Calder, one of the founders, left early.", "P:Ruth Calder"));
        assertEquals(Set.of("Anna Berg | board member | -"),
                roles("Anna Berg, a board member, spoke first.", "P:Anna Berg"), "a role that names its body in its words stays");
        assertEquals(Set.of("Ivo Marsh | member | Harbour Party"),
                roles("Ivo Marsh, a member of the Harbour Party, spoke first.", "P:Ivo Marsh", "O:Harbour Party"));
    }

    @Test
    void leavingAnOrganisation() {
        assertEquals(Set.of("Tom Hale | - | Night Owls"),
                roles("A row over money ended with Tom Hale leaving the Night Owls.", "P:Tom Hale", "O:Night Owls"));
    }

    @Test
    void twoRolesOfOneBodyElectedInTurn() {
        assertEquals(Set.of("Ruth Calder | full member | Norden Academy of Sciences"),
                roles("She was elected in 1971 an associate member and in 1984 a full member of the Norden Academy of Sciences.",
                        "P:She=Ruth Calder", "O:Norden Academy of Sciences"));
    }

    @Test
    void servingInABody() {
        assertEquals(Set.of("Ruth Calder | - | Norden Parliament"),
                roles("Ruth Calder served in the Norden Parliament from 2001 to 2009.", "P:Ruth Calder", "O:Norden Parliament"));
        assertEquals(Set.of("Ruth Calder | - | Harbour Committee"),
                roles("Ruth Calder serves on the Harbour Committee.", "P:Ruth Calder", "O:Harbour Committee"));
    }

    @Test
    void aPartyRepresentedInAParticipleAfterTheClause() {
        assertEquals(Set.of("Ann Berg | - | Harbour Party"),
                roles("Ann Berg was elected to parliament from Tarvik in 1965, representing the Harbour Party.", "P:Ann Berg",
                        "L:Tarvik", "O:Harbour Party"));
    }

    @Test
    void anOrganisationNamedAgainWhereTheRecogniserMarkedNothing() {
        // the helper marks the first "Tarvik Union" only, as a recogniser that missed the second would
        assertEquals(Set.of("Tom Hale | founder | Tarvik Union", "Tom Hale | president | -"),
                roles("The Tarvik Union won the vote. Ann Berg spoke for the Tarvik Union party, founded by the former president Tom Hale.",
                        "O:Tarvik Union", "P:Ann Berg", "P:Tom Hale"));
        assertEquals(Set.of(), roles("Velmont ran the mill. Ann Berg is the Velmont Energy chief executive.", "O:Velmont",
                "P:Ann Berg"), "inside a longer name the form is no repeat");
        assertEquals(Set.of(), roles("Lundby won. Ann Berg, co-founder of the Lundby polling firm Harbour Corps, spoke.", "L:Lundby",
                "P:Ann Berg"), "a form the document names a place by is left alone");
    }

    @Test
    void aRoleInAUnitOfTheOrganisation() {
        assertEquals(Set.of("Ann Berg | manager | Rapid Lundby"),
                roles("Ann Berg is currently a manager in the youth program of Rapid Lundby.", "P:Ann Berg", "O:Rapid Lundby"));
        assertEquals(Set.of("Tom Hale | assistant professor | Norden University"),
                roles("Tom Hale, an assistant professor in the school of information studies at Norden University, said so.",
                        "P:Tom Hale", "O:Norden University"));
    }

    @Test
    void colleaguesAtAnOrganisation() {
        assertEquals(Set.of("Jon Lund | - | Norden Institute"),
                roles("Jon Lund and three of his colleagues at the Norden Institute agreed.", "P:Jon Lund", "O:Norden Institute"));
    }
}
