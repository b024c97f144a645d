package org.newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.identity.Corpus.doc;
import static org.newsgraph.identity.Corpus.uri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.names.EntityType;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.store.GraphStore;

/** Each rule of the identity pass on invented news texts, in a real TDB2 store. */
class TestIdentityPass {

    @TempDir
    Path tmp;
    GraphStore gs;

    @BeforeEach
    void open() {
        gs = GraphStore.open(tmp.resolve("store"));
    }

    @AfterEach
    void close() {
        gs.close();
    }

    static String person(String name) {
        return Iris.entity(EntityType.PERSON, name);
    }

    static String org(String name) {
        return Iris.entity(EntityType.ORGANIZATION, name);
    }

    /** The entity the mention written {@code anchor} of document {@code id} points at (the first such mention). */
    String target(String id, String anchor) {
        DatasetGraph d = gs.dataset();
        return Txn.calculateRead(d, () -> {
            Node g = uri(Corpus.DOC + id);
            var it = d.find(g, Node.ANY, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(anchor));
            List<Integer> begins = new ArrayList<>();
            String best = null;
            int bestBegin = Integer.MAX_VALUE;
            while (it.hasNext()) {
                Node m = it.next().getSubject();
                int b = Integer.parseInt(m.getURI().replaceAll(".*#char=(\\d+),.*", "$1"));
                begins.add(b);
                if (b < bestBegin) {
                    bestBegin = b;
                    best = d.find(g, m, ITSRDF.taIdentRef.asNode(), Node.ANY).next().getObject().getURI();
                }
            }
            return best;
        });
    }

    Set<String> labels(String entity) {
        DatasetGraph d = gs.dataset();
        return Txn.calculateRead(d, () -> {
            Set<String> out = new TreeSet<>();
            d.find(Node.ANY, uri(entity), RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    long count(Node s, Node p, Node o) {
        DatasetGraph d = gs.dataset();
        return Txn.calculateRead(d, () -> {
            long n = 0;
            var it = d.find(Node.ANY, s, p, o);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    IdentityReport run() {
        return IdentityPass.runOn(gs);
    }

    /** The rows of the catalogue query duplicates: "label | otherLabel | reason". */
    List<String> duplicates() {
        List<String> out = new ArrayList<>();
        Txn.executeRead(gs.dataset(), () -> QueryRunner.create().query(QueryCatalogue.load("duplicates")).dataset(gs.dataset())
                .build().select().forEachRemaining(b -> out.add(b.get("label").getLiteralLexicalForm() + " | "
                        + b.get("otherLabel").getLiteralLexicalForm() + " | " + b.get("reason").getLiteralLexicalForm())));
        return out;
    }

    @Test
    void aSurnameAloneJoinsTheOneFullNameThatBearsIt() {
        doc("a", "Senator Rosa Delgado opened the hearing. Delgado said the bill would pass.")
                .p("Rosa Delgado").p("Delgado", "Rosa Delgado").load(gs);
        doc("b", "Delgado told reporters on Friday that the vote was close.").p("Delgado").load(gs);
        IdentityReport r = run();
        assertEquals(person("Rosa Delgado"), target("b", "Delgado"));
        assertEquals(Set.of("Rosa Delgado"), labels(person("Rosa Delgado")));
        assertEquals(0, count(uri(person("Delgado")), Node.ANY, Node.ANY), "the surname's node is gone");
        assertTrue(r.merges().stream().anyMatch(d -> d.rule().equals("surname") && d.confidence() > 0.5
                && d.evidence().contains("Rosa Delgado")), r.merges().toString());
        // the extractor's entity is kept on the mention, and the identity graph says why
        assertEquals(1, count(Node.ANY, NG.extractedEntity.asNode(), uri(person("Delgado"))));
        assertEquals(1, count(Node.ANY, NG.mergedEntity.asNode(), uri(person("Delgado"))));
    }

    @Test
    void aTitleNeverMakesANewPerson() {
        doc("a", "Sen. Marcus Webb of Ohio spoke first.").p("Sen. Marcus Webb", "Marcus Webb").load(gs);
        doc("b", "Sen. Webb did not answer. President Webb, his critics joked.").p("Sen. Webb", "Webb")
                .p("President Webb", "Webb").load(gs);
        run();
        assertEquals(person("Marcus Webb"), target("b", "Sen. Webb"));
        assertEquals(person("Marcus Webb"), target("b", "President Webb"));
        assertEquals(Set.of("Marcus Webb"), labels(person("Marcus Webb")));
    }

    @Test
    void aMissingMiddleInitialAgreesAndTwoDifferentOnesDoNot() {
        doc("a", "Donald J. Tremont signed the order.").p("Donald J. Tremont").load(gs);
        doc("b", "Donald Tremont and Donald Tremont again.").p("Donald Tremont").p("Donald Tremont").load(gs);
        doc("c", "Former President George W. Bush spoke in Dallas.").p("George W. Bush").load(gs);
        doc("d", "Former President George H. W. Bush wrote a letter.").p("George H. W. Bush").load(gs);
        doc("e", "A library named for George Bush opened.").p("George Bush").load(gs);
        doc("f", "Bush said the war had been necessary.").p("Bush").load(gs);
        run();
        assertEquals(person("Donald Tremont"), target("a", "Donald J. Tremont"));
        assertEquals(Set.of("Donald Tremont"), labels(person("Donald Tremont")), "the commonest full form");
        assertEquals(person("George W. Bush"), target("c", "George W. Bush"));
        assertEquals(person("George H. W. Bush"), target("d", "George H. W. Bush"));
        assertEquals(person("George Bush"), target("e", "George Bush"), "George Bush could be either: left apart");
        assertEquals(person("Bush"), target("f", "Bush"), "two Bushes: the surname alone is left apart");
        List<String> dup = duplicates();
        assertTrue(dup.stream().anyMatch(s -> s.startsWith("George Bush | George H. W. Bush")), dup.toString());
        assertTrue(dup.stream().anyMatch(s -> s.contains("George H. W. Bush | George W. Bush | different middle")), dup.toString());
    }

    @Test
    void twoClintonsStayApartUnlessATitleTellsWhich() {
        for (int i = 0; i < 3; i++) {
            doc("h" + i, "Hillary Clinton campaigned in Iowa with Tim Kaine.").p("Hillary Clinton").p("Tim Kaine").load(gs);
            doc("b" + i, "Bill Clinton spoke at the Clinton Foundation in Harlem.").p("Bill Clinton")
                    .o("Clinton Foundation").load(gs);
        }
        doc("x", "Clinton was in the news again on Tuesday.").p("Clinton").load(gs);
        doc("y", "Mrs. Clinton answered the question.").p("Mrs. Clinton", "Clinton").load(gs);
        doc("z", "Mr. Clinton answered the question.").p("Mr. Clinton", "Clinton").load(gs);
        doc("w", "Clinton won. Hillary Clinton and Bill Clinton waved.").p("Clinton").p("Hillary Clinton").p("Bill Clinton").load(gs);
        run();
        assertEquals(person("Clinton"), target("w", "Clinton"), "the document names both: the extractor's doubt stands");
        assertEquals(person("Clinton"), target("x", "Clinton"), "nothing tells which Clinton");
        assertEquals(person("Hillary Clinton"), target("y", "Mrs. Clinton"));
        assertEquals(person("Bill Clinton"), target("z", "Mr. Clinton"));
        List<String> dup = duplicates();
        assertTrue(dup.stream().anyMatch(s -> s.contains("Clinton | ") && s.contains("surname shared")
                && (s.contains("Bill Clinton") || s.contains("William Clinton"))), dup.toString());
    }

    @Test
    void theDocumentsOtherNamesTellWhichBearerASurnameIs() {
        for (int i = 0; i < 3; i++) {
            doc("j" + i, "Jeb Bush campaigned in Florida with Marco Rubio.").p("Jeb Bush").m("Florida", EntityType.PLACE, "Florida")
                    .p("Marco Rubio").load(gs);
            doc("g" + i, "George W. Bush met Tony Blair at Camp David.").p("George W. Bush").p("Tony Blair").load(gs);
        }
        doc("k", "Bush and Rubio shared a stage in Florida.").p("Bush").p("Rubio", "Marco Rubio")
                .m("Florida", EntityType.PLACE, "Florida").load(gs);
        run();
        assertEquals(person("Jeb Bush"), target("k", "Bush"));
    }

    @Test
    void anAcronymJoinsItsExpansionDefinedInATextOrListed() {
        doc("a", "The Federal Bureau of Investigation (FBI) opened an inquiry. The FBI declined to comment.")
                .o("Federal Bureau of Investigation").o("FBI", "Federal Bureau of Investigation")
                .o("FBI", "Federal Bureau of Investigation").load(gs);
        doc("b", "The FBI said on Monday it had closed the case.").o("FBI").load(gs);
        doc("c", "Officials at the Central Intelligence Agency were briefed.").o("Central Intelligence Agency").load(gs);
        doc("d", "A CIA report was leaked.").o("CIA").load(gs);
        doc("e", "The Northern Rail Company (NRC) cut fares.").o("Northern Rail Company").o("NRC", "Northern Rail Company").load(gs);
        doc("f", "The National Rowing Club (NRC) won again.").o("National Rowing Club").o("NRC", "National Rowing Club").load(gs);
        doc("g", "The NRC said nothing.").o("NRC").load(gs);
        IdentityReport r = run();
        assertEquals(org("Federal Bureau of Investigation"), target("b", "FBI"));
        assertEquals(Set.of("Federal Bureau of Investigation"), labels(org("Federal Bureau of Investigation")));
        assertEquals(org("Central Intelligence Agency"), target("d", "CIA"));
        assertEquals(org("NRC"), target("g", "NRC"), "two expansions: left apart");
        assertTrue(r.merges().stream().anyMatch(d -> d.rule().equals("acronym") && d.evidence().contains("defined")),
                r.merges().toString());
        assertTrue(duplicates().stream().anyMatch(s -> s.contains("several expansions")), duplicates().toString());
    }

    @Test
    void aPartyWordIsThePartyAndGivesThePersonAnAffiliation() {
        doc("a", "Republican Paul Rendell said the GOP would hold the House. Rendell, a Republican, smiled.")
                .o("Republican").p("Paul Rendell").o("GOP").p("Rendell", "Paul Rendell").o("Republican").load(gs);
        doc("b", "The Republican Party met in Cleveland.").o("Republican Party").load(gs);
        run();
        String party = org("Republican Party");
        assertEquals(party, target("a", "Republican"));
        assertEquals(party, target("a", "GOP"));
        assertEquals(Set.of("Republican Party"), labels(party));
        assertEquals(0, count(uri(org("Republican")), Node.ANY, Node.ANY), "no organisation named 'Republican'");
        assertEquals(1, count(uri(person("Paul Rendell")), ORG.memberOf.asNode(), uri(party)));
    }

    @Test
    void labelsLoseQuoteMarksTrailingPunctuationAndPossessive() {
        doc("a", "''Hillary Clinton'' was on the cover.").p("Hillary Clinton''").load(gs);
        doc("b", "Hillary Rodham Clinton: a life.").p("Hillary Rodham Clinton:").load(gs);
        doc("c", "Hillary Clinton's speech and Hillary Clinton's plan.").p("Hillary Clinton's").p("Hillary Clinton's").load(gs);
        run();
        Set<String> l = labels(target("a", "Hillary Clinton''"));
        assertEquals(Set.of("Hillary Clinton"), l);
        assertEquals(target("a", "Hillary Clinton''"), target("b", "Hillary Rodham Clinton:"));
    }

    @Test
    void aWikidataItemIsDecisiveBothWays() {
        doc("a", "Chief Justice John Roberts wrote the opinion.").p("John Roberts").load(gs);
        doc("b", "Roberts wrote for the majority.").p("Roberts").load(gs);
        doc("c", "Johnny Rotten sang and Lydon left the stage.").p("Johnny Rotten").p("Lydon").load(gs);
        run();
        assertEquals(person("John Roberts"), target("b", "Roberts"), "merged first");
        // then link says the two Roberts are two people, and two names are one
        Txn.executeWrite(gs.dataset(), () -> {
            Node links = uri(Iris.LINKS_GRAPH);
            gs.dataset().add(links, uri(person("John Roberts")), OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q1"));
            gs.dataset().add(links, uri(person("Roberts")), OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q2"));
            gs.dataset().add(links, uri(person("Johnny Rotten")), OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q3"));
            gs.dataset().add(links, uri(person("Lydon")), OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q3"));
        });
        IdentityReport r = run();
        assertEquals(person("Roberts"), target("b", "Roberts"), "moved back: different Wikidata items");
        assertEquals(0, count(Node.ANY, NG.extractedEntity.asNode(), uri(person("Roberts"))));
        assertEquals(Set.of("Roberts"), labels(person("Roberts")));
        assertEquals(person("Johnny Rotten"), target("c", "Lydon"));
        assertTrue(r.merges().stream().anyMatch(d -> d.rule().equals("wikidata")), r.merges().toString());
    }

    @Test
    void aSecondRunChangesNothingAndAReplacedDocumentIsMergedAgain() {
        doc("a", "Rosa Delgado opened the hearing.").p("Rosa Delgado").load(gs);
        doc("b", "Delgado told reporters the vote was close.").p("Delgado").load(gs);
        run();
        long quads = gs.quadCount();
        IdentityReport again = run();
        assertEquals(0, again.mentionsMoved());
        assertEquals(0, again.labelsChanged());
        assertEquals(quads, gs.quadCount());
        doc("b", "Delgado told reporters the vote was close.").p("Delgado").load(gs);   // build replaces the graph
        assertEquals(person("Delgado"), target("b", "Delgado"));
        run();
        assertEquals(person("Rosa Delgado"), target("b", "Delgado"));
        assertEquals(quads, gs.quadCount());
        assertFalse(duplicates().stream().anyMatch(s -> s.contains("Delgado")));
    }
}
