package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.claims.Claim;
import org.newsgraph.claims.Source;
import org.newsgraph.names.Entity;
import org.newsgraph.names.Mention;
import org.newsgraph.names.NameSource;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.roles.RoleFact;
import org.newsgraph.roles.Tenure;
import org.newsgraph.text.CodePoints;
import org.newsgraph.text.Metadata;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.SourceInfo;
import org.newsgraph.text.Span;

/**
 * Writes one annotated document as RDF: the document, its sentences, entities and every mention
 * with offsets, roles and claims, in the terms of {@code ontology/newsgraph.ttl}. This is the one
 * place that knows how analysis becomes triples, and the one place where the UTF-16 indices of
 * {@link Span} become the code point offsets the contract counts (in {@code nif:beginIndex},
 * {@code nif:endIndex} and the {@code #char=} / {@code #claim=} IRIs).
 */
public final class DocumentGraphWriter {

    private DocumentGraphWriter() {
    }

    /** The IRI of the document's node, which is also the name of its graph. */
    public static Node documentNode(AnnotatedDocument doc) {
        return NodeFactory.createURI(Iris.document(doc.document()));
    }

    public static Graph write(AnnotatedDocument doc) {
        Graph g = GraphFactory.createDefaultGraph();
        new Writer(doc, g).run();
        // the links queries would otherwise compute with span arithmetic (claim -> mentioned entity, sentence text)
        SpanLinks.addTo(g);
        // and the figures queries would otherwise count over the whole store (claims, unnamed, mentions, content keys)
        DocumentCounts.addTo(g);
        return g;
    }

    private static final class Writer {
        private final AnnotatedDocument doc;
        private final Graph g;
        private final String docIri;
        private final Node docNode;
        private final Map<Integer, Node> entityNodes = new HashMap<>();
        private final Map<Node, String> labels = new HashMap<>();
        /** UTF-16 indices to code points: every offset written goes through {@link #cp(Span)}. */
        private final CodePoints codePoints;

        Writer(AnnotatedDocument doc, Graph g) {
            this.doc = doc;
            this.codePoints = CodePoints.of(doc.text());
            this.g = g;
            this.docIri = Iris.document(doc.document());
            this.docNode = NodeFactory.createURI(docIri);
        }

        void run() {
            document();
            entities();
            sentences();
            mentions();
            roles();
            claims();
        }

        /**
         * One rdfs:label per node in a document's graph: two entities (or unnamed sources) whose
         * names differ only in what the IRI folds away ("police", "Police") keep the first label,
         * the other becomes an altLabel.
         */
        private void label(Node n, String label) {
            String first = labels.putIfAbsent(n, label);
            if (first == null) {
                add(n, RDFS.label, str(label));
            } else if (!first.equals(label)) {
                add(n, SKOS.altLabel, str(label));
            }
        }

        private void add(Node s, Property p, Node o) {
            g.add(Triple.create(s, p.asNode(), o));
        }

        private void type(Node s, Resource c) {
            g.add(Triple.create(s, RDF.type.asNode(), c.asNode()));
        }

        private static Node str(String s) {
            return NodeFactory.createLiteralString(s);
        }

        private static Node nonNeg(int i) {
            return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
        }

        /** {@code s} (UTF-16 indices of the text) in code points, as offsets are written. */
        private Span cp(Span s) {
            return codePoints.toCodePoints(s);
        }

        /** The IRI of the span {@code s} (given in UTF-16 indices). */
        private String spanIri(Span s) {
            return Iris.span(docIri, cp(s));
        }

        private Node spanNode(Span s, Resource type) {
            Span c = cp(s);
            Node n = NodeFactory.createURI(Iris.span(docIri, c));
            type(n, type);
            add(n, NIF.referenceContext, docNode);
            add(n, NIF.beginIndex, nonNeg(c.begin()));
            add(n, NIF.endIndex, nonNeg(c.end()));
            return n;
        }

        private void document() {
            type(docNode, NG.Document);
            type(docNode, SCHEMA.NewsArticle);
            type(docNode, NIF.Context);
            add(docNode, DCTerms.identifier, str(doc.document().id()));
            add(docNode, NIF.isString, str(doc.text()));
            add(docNode, NIF.beginIndex, nonNeg(0));
            add(docNode, NIF.endIndex, nonNeg(codePoints.toCodePoint(doc.text().length())));
            Metadata m = doc.metadata();
            SourceInfo given = doc.document().source();
            if (given.headline().isPresent()) {
                add(docNode, SCHEMA.headline, str(given.headline().get()));
            } else {
                m.headline().ifPresent(s -> add(docNode, SCHEMA.headline, str(doc.text(s).strip())));
            }
            given(given);
            m.date().ifPresent(d -> add(docNode, SCHEMA.datePublished,
                    NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        }

        /** What web input said about the document: URL, publisher, language, partial, categories; authors without a byline in the text. */
        private void given(SourceInfo given) {
            given.url().ifPresent(u -> add(docNode, SCHEMA.url, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
            given.publisher().ifPresent(p -> add(docNode, SCHEMA.publisher, str(p)));
            given.language().ifPresent(l -> add(docNode, SCHEMA.inLanguage, str(l)));
            given.categories().forEach(c -> add(docNode, SCHEMA.keywords, str(c)));
            if (given.partial()) {
                add(docNode, NG.partial, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            if (doc.metadata().author().isEmpty()) {
                for (String a : given.authors()) {
                    org.newsgraph.names.EntityType t = org.newsgraph.names.Gazetteers.get().isGivenName(a.split("\\s+")[0])
                            && a.contains(" ") ? org.newsgraph.names.EntityType.PERSON : org.newsgraph.names.EntityType.ORGANIZATION;
                    Node n = NodeFactory.createURI(Iris.entity(t, a));
                    type(n, Namespaces.classOf(t));
                    label(n, a);
                    add(docNode, SCHEMA.author, n);
                }
            }
        }

        private Node entityNode(int id) {
            return entityNodes.computeIfAbsent(id, i -> {
                Entity e = doc.entity(i);
                return NodeFactory.createURI(Iris.entity(e.type(), e.name()));
            });
        }

        private void entities() {
            for (Entity e : doc.entities()) {
                Node n = entityNode(e.id());
                type(n, Namespaces.classOf(e.type()));
                String label = org.newsgraph.resolve.NameVariants.canonical(e.type(), e.name());
                label(n, label);
                String full = org.newsgraph.resolve.NameVariants.fullForm(e.type(), e.name());
                if (!full.equals(label)) {
                    add(n, SKOS.altLabel, str(full));
                }
                for (String v : e.variants()) {
                    if (!v.equals(label)) {
                        add(n, SKOS.altLabel, str(v));
                    }
                }
            }
            // document-level metadata that points at entities
            Metadata m = doc.metadata();
            m.author().flatMap(this::entityAt).ifPresent(n -> add(docNode, SCHEMA.author, n));
            m.dateline().flatMap(this::entityAt).ifPresent(n -> add(docNode, SCHEMA.locationCreated, n));
            for (Span c : m.citations()) {
                entityAt(c).ifPresent(n -> add(docNode, SCHEMA.citation, n));
            }
        }

        /** The entity of the mention that covers {@code s} exactly or most. */
        private java.util.Optional<Node> entityAt(Span s) {
            Mention best = null;
            for (Mention mn : doc.mentions()) {
                if (mn.entity() >= 0 && mn.isName() && s.contains(mn.span())
                        && (best == null || mn.span().length() > best.span().length())) {
                    best = mn;
                }
            }
            return best == null ? java.util.Optional.empty() : java.util.Optional.of(entityNode(best.entity()));
        }

        private void sentences() {
            for (Sentence s : doc.sentences()) {
                spanNode(s.span(), NIF.Sentence);
            }
        }

        private void mentions() {
            for (Mention mn : doc.mentions()) {
                if (mn.entity() < 0) {
                    continue;
                }
                Node n = spanNode(mn.span(), NIF.Phrase);
                if (!mn.isName()) {
                    type(n, NG.AnaphoricMention);
                }
                add(n, NIF.anchorOf, str(mn.text()));
                add(n, ITSRDF.taIdentRef, entityNode(mn.entity()));
                // which rule or model produced the mention, and how sure it is (names/NameSource)
                NameSource src = !mn.isName() ? NameSource.COREFERENCE : doc.nameSource(mn.span());
                add(n, NG.rule, str(src != null ? src.rule() : "metadata"));
                if (src == null || !Double.isNaN(src.confidence())) {
                    add(n, NG.confidence, Literals.confidence(src != null ? src.confidence() : 0.9));
                }
                Sentence s = doc.sentenceAt(mn.span().begin());
                if (s != null && s.span().contains(mn.span())) {
                    add(n, NIF.sentence, NodeFactory.createURI(spanIri(s.span())));
                }
            }
        }

        private void roles() {
            for (RoleFact r : doc.roles()) {
                Node person = entityNode(r.person());
                Node org = r.organization().isPresent() ? entityNode(r.organization().getAsInt()) : null;
                Node ms = NodeFactory.createURI(Iris.membership(person.getURI(), r.role(),
                        org == null ? null : org.getURI()));
                type(ms, ORG.Membership);
                add(ms, ORG.member, person);
                if (org != null) {
                    add(ms, ORG.organization, org);
                }
                if (r.role() != null) {
                    Node role = NodeFactory.createURI(Iris.role(r.role()));
                    type(role, ORG.Role);
                    add(role, RDFS.label, str(r.role().toLowerCase(java.util.Locale.ROOT)));
                    add(ms, ORG.role, role);
                }
                add(ms, PROV.wasDerivedFrom, docNode);
                sentencesOf(ms, r.evidence());
                tenure(ms, r.tenure());
            }
        }

        /**
         * "former", "since 2017", "from 2009 to 2013": the membership's time as an OWL-Time interval of this
         * document ({@code org:memberDuring}), its ends instants with a year or placed before or after the
         * instant the document was published ({@code <doc>#published}, with its date when known).
         */
        private void tenure(Node ms, Tenure t) {
            if (t.isUnknown()) {
                return;
            }
            String iri = docIri + "#tenure=" + Iris.sha256(ms.getURI()).substring(0, 16);
            Node iv = NodeFactory.createURI(iri);
            type(iv, TIME.Interval);
            add(ms, ORG.memberDuring, iv);
            if (t.beginYear().isPresent() || t.begin().isPresent()) {
                add(iv, TIME.hasBeginning, instant(iri + "-begin", t.beginYear(), t.begin()));
            }
            if (t.endYear().isPresent() || t.end().isPresent()) {
                add(iv, TIME.hasEnd, instant(iri + "-end", t.endYear(), t.end()));
            }
        }

        private Node instant(String iri, java.util.Optional<Integer> year, java.util.Optional<Tenure.Relative> rel) {
            Node n = NodeFactory.createURI(iri);
            type(n, TIME.Instant);
            year.ifPresent(y -> add(n, TIME.inXSDgYear, NodeFactory.createLiteralDT(String.format("%04d", y), XSDDatatype.XSDgYear)));
            rel.ifPresent(r -> add(n, r == Tenure.Relative.BEFORE_ARTICLE ? TIME.before : TIME.after, published()));
            return n;
        }

        /** The instant this document was published: its date when the text or the page gives one. */
        private Node published() {
            Node n = NodeFactory.createURI(docIri + "#published");
            type(n, TIME.Instant);
            doc.metadata().date().ifPresent(d -> add(n, TIME.inXSDDate,
                    NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            return n;
        }

        /** Links a claim or membership to the sentences (ng:sentence) its evidence lies in. */
        private void sentencesOf(Node n, Span evidence) {
            if (evidence == null) {
                return;
            }
            for (Sentence s : doc.sentences()) {
                if (s.span().overlaps(evidence)) {
                    add(n, NG.sentence, NodeFactory.createURI(spanIri(s.span())));
                }
            }
        }

        private void claims() {
            for (Claim c : doc.claims()) {
                Node cn = NodeFactory.createURI(Iris.claim(docIri, cp(c.contentExtent())));
                type(cn, NG.Claim);
                StringBuilder text = new StringBuilder();
                for (Span s : c.content()) {
                    if (text.length() > 0) {
                        text.append(" … ");
                    }
                    text.append(doc.text(s));
                    add(cn, NG.contentSpan, spanNode(s, NIF.String));
                }
                add(cn, SCHEMA.text, str(text.toString()));
                add(cn, NG.isQuote, NodeFactory.createLiteralDT(Boolean.toString(c.quote()), XSDDatatype.XSDboolean));
                c.cue().ifPresent(s -> {
                    add(cn, NG.cue, str(doc.text(s)));
                    add(cn, NG.cueSpan, spanNode(s, NIF.String));
                });
                c.sourceSpan().ifPresent(s -> add(cn, NG.sourceSpan, spanNode(s, NIF.String)));
                add(cn, PROV.wasDerivedFrom, docNode);
                if (c.rule() != null) {
                    add(cn, NG.rule, str(c.rule()));
                }
                if (!Double.isNaN(c.confidence())) {
                    add(cn, NG.confidence, Literals.confidence(c.confidence()));
                }
                Span extent = c.contentExtent();
                if (c.cue().isPresent()) {
                    extent = extent.union(c.cue().get());
                }
                sentencesOf(cn, extent);
                Source src = c.source();
                if (src instanceof Source.Named named) {
                    add(cn, PROV.wasAttributedTo, entityNode(named.entity()));
                } else if (src instanceof Source.Unnamed u) {
                    Node un = NodeFactory.createURI(Iris.unnamedSource(docIri, u.description()));
                    type(un, NG.UnnamedSource);
                    type(un, PROV.Agent);
                    label(un, u.description());
                    add(cn, PROV.wasAttributedTo, un);
                }
            }
        }
    }

}
