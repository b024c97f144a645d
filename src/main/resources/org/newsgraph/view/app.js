/*
 * newsgraph web view: draws who talks about whom with Cytoscape.js, fed by the SPARQL endpoint
 * of the same server. It never loads the whole graph: the first view is the most-mentioned
 * entities and the edges between them; a click loads a node's neighbourhood and its details.
 */
(function () {
  'use strict';

  const ENDPOINT = new URL('../newsgraph/sparql', location.href).toString();
  const PREFIXES = [
    'PREFIX ng: <https://w3id.org/newsgraph/ontology#>',
    'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>',
    'PREFIX org: <http://www.w3.org/ns/org#>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX schema: <http://schema.org/>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>', ''].join('\n');
  const ENTITY_TYPES = 'schema:Person schema:Organization schema:Place';
  const OVERVIEW_NODES = 60;   // nodes in the first view
  const NEIGHBOURS = 30;       // edges of each kind loaded per click
  const OVERVIEW_EDGES = 150;  // edges of each kind among the first view's nodes: the strongest (drawing
                               // all 1,700 among the top 60 of 840 articles cost every frame a software canvas draws)
  const LIST_LIMIT = 100;      // claims, roles and mentions listed per entity
  const ROLE_SENTENCES = 30;   // roles shown with the sentence they come from
  const NOTHING = '<urn:x-newsgraph:nothing>';   // an IRI no triple has, for an absent value in VALUES
  // the corpus summary graph (mentions per entity, co-mentions per pair) that build, load and identity
  // write: read instead of counting every mention when it is there and no document is chosen
  const SUMMARY = '<https://w3id.org/newsgraph/graph/summary>';

  const view = window.newsgraphView = { ready: false, firstDraw: null, busy: 0, selected: null, errors: [], timings: [], clicked: 0 };
  const $ = (id) => document.getElementById(id);
  const state = { doc: '', expanded: new Set(), summary: null };

  /**
   * Whether the store holds the corpus summary (asked once; a store built before it has none), and
   * in it where each entity's lists begin (list starts; a summary written before them has none).
   */
  function summaryHas() {
    if (state.summary === null) {
      state.summary = sparql(`SELECT ?p ?x WHERE { { SELECT ?p WHERE { GRAPH ${SUMMARY} { ?p ng:sentenceCount ?n } } LIMIT 1 }
          UNION { SELECT ?x WHERE { GRAPH ${SUMMARY} { ?x ng:priorMentions ?n } } LIMIT 1 } }`)
        .then((r) => ({ pairs: r.some((x) => x.p), starts: r.some((x) => x.x) }));
    }
    return state.summary;
  }

  async function summary() {
    return !state.doc && (await summaryHas()).pairs;
  }

  async function listStarts() {
    return !state.doc && (await summaryHas()).starts;
  }

  // ---- SPARQL ----------------------------------------------------------------------------

  /** An IRI from the store, checked before it goes into a query. */
  function iri(x) {
    if (!/^[^<>"{}|^`\\\s]+$/.test(x)) {
      throw new Error('Not an IRI: ' + x);
    }
    return '<' + x + '>';
  }

  /** A string literal: JSON's escapes are SPARQL's too. */
  function literal(s) {
    return JSON.stringify(String(s).replace(/[\u0000-\u001f\u007f]/g, ' '));
  }

  async function sparql(query) {
    view.busy++;
    const t0 = performance.now();
    try {
      const r = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
        body: 'query=' + encodeURIComponent(PREFIXES + query)
      });
      if (!r.ok) {
        throw new Error('SPARQL endpoint answered ' + r.status + ': ' + (await r.text()).slice(0, 300));
      }
      const json = await r.json();
      return json.results.bindings.map((b) => {
        const row = {};
        for (const k of Object.keys(b)) {
          row[k] = b[k].value;
        }
        return row;
      });
    } finally {
      view.busy--;
      // what each query cost, for measuring the view (first line names the query; at: sent, ms after the last click)
      view.timings.push({ query: query.trim().split('\n')[0].slice(0, 80), at: Math.round(t0 - view.clicked), ms: Math.round(performance.now() - t0) });
    }
  }

  function values(v, iris) {
    return 'VALUES ?' + v + ' { ' + iris.map(iri).join(' ') + ' }';
  }

  /** The pattern with DOC standing for the chosen document, or nothing when all documents are shown. */
  function inDoc(pattern) {
    return state.doc ? pattern.replace('DOC', iri(state.doc)) : '';
  }

  // ---- the graph -------------------------------------------------------------------------

  const cy = view.cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'width': 'mapData(mentions, 0, 40, 14, 48)', 'height': 'mapData(mentions, 0, 40, 14, 48)',
        'background-color': '#999', 'border-width': 1, 'border-color': '#fff',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 7 } },
      { selector: 'node[type = "Person"]', style: { 'background-color': '#e8913a' } },
      { selector: 'node[type = "Organization"]', style: { 'background-color': '#3a7be8', 'shape': 'round-rectangle' } },
      { selector: 'node[type = "Place"]', style: { 'background-color': '#3aa84b', 'shape': 'diamond' } },
      { selector: 'node[type = "UnnamedSource"]', style: { 'background-color': '#bbb', 'shape': 'ellipse', 'font-style': 'italic' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#222' } },
      { selector: 'node.expanded', style: { 'border-color': '#555', 'border-width': 2 } },
      { selector: 'edge', style: {
        'width': 'mapData(weight, 1, 10, 1, 6)', 'curve-style': 'bezier', 'opacity': 0.75,
        'line-color': '#bbb', 'target-arrow-color': '#bbb' } },
      { selector: 'edge[kind = "co-mention"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[kind = "role"]', style: {
        'line-color': '#2b6cb0', 'target-arrow-color': '#2b6cb0', 'target-arrow-shape': 'triangle',
        'label': 'data(label)', 'font-size': 9, 'color': '#2b6cb0', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge[kind = "claim"]', style: {
        'line-color': '#c53030', 'target-arrow-color': '#c53030', 'target-arrow-shape': 'triangle' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });

  function addNodes(rows, near) {
    const added = [];
    for (const r of rows) {
      if (!r.e || cy.getElementById(r.e).nonempty()) {
        continue;
      }
      const el = {
        group: 'nodes',
        data: { id: r.e, label: r.label || r.e, type: r.type ? r.type.replace(/^.*[#/]/, '') : '', mentions: +(r.mentions || 0) }
      };
      if (near) {
        const p = near.position();
        el.position = { x: p.x + (Math.random() - 0.5) * 200, y: p.y + (Math.random() - 0.5) * 200 };
      }
      added.push(el);
    }
    return cy.add(added);
  }

  function addEdges(edges) {
    const added = [];
    for (const e of edges) {
      const id = e.kind + '|' + e.source + '|' + e.target + '|' + (e.label || '');
      if (cy.getElementById(id).nonempty() || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) {
        continue;
      }
      added.push({ group: 'edges', data: { id: id, source: e.source, target: e.target, kind: e.kind, label: e.label || '', weight: +e.weight || 1 } });
    }
    return cy.add(added);
  }

  /**
   * Edges of every kind that touch the nodes of focus; with limit, the strongest of each kind.
   * With among, only edges among the focus nodes are wanted, so claims are read from their sources.
   * One request: each kind in its own subquery, evaluated apart from what it binds (a browser opens
   * at most six connections to a server, so four requests of a click waited behind its others).
   */
  async function edgesOf(focus, limit, among) {
    // the strongest first; ties in the order of their ends, so that every way of reading them keeps the same
    const lim = limit ? ' ORDER BY DESC(?weight) ?source ?target LIMIT ' + limit : '';
    const fromSummary = await summary();
    const parts = [];
    // co-mentions: from the corpus summary when there is one (among the focus: both ends in it);
    // else counted in the documents' graphs (GRAPH ?g): no triple of theirs repeats across graphs,
    // so the union's removal of repeats would be work for nothing
    parts.push(['co-mention', fromSummary ? `SELECT ?source ?target ?weight WHERE {
        GRAPH ${SUMMARY} { ${values('x', focus)} ?p ng:between ?x . ?p ng:between ?o . ?p ng:sentenceCount ?weight }
        FILTER (?o != ?x${among ? ' && STR(?x) < STR(?o) && ?o IN (' + focus.map(iri).join(', ') + ')' : ''})
        BIND (IF(STR(?x) < STR(?o), ?x, ?o) AS ?source) BIND (IF(STR(?x) < STR(?o), ?o, ?x) AS ?target)
      }` + lim : `SELECT ?source ?target (COUNT(DISTINCT ?s) AS ?weight) WHERE {
        GRAPH ?g {
          ${values('x', focus)}
          ?m1 itsrdf:taIdentRef ?x ; nif:sentence ?s . ${inDoc('?m1 nif:referenceContext DOC .')}
          ?m2 nif:sentence ?s ; itsrdf:taIdentRef ?o .
        }
        FILTER (?o != ?x)
        BIND (IF(STR(?x) < STR(?o), ?x, ?o) AS ?source) BIND (IF(STR(?x) < STR(?o), ?o, ?x) AS ?target)
      } GROUP BY ?source ?target` + lim]);
    // among the focus: the other end in it too (the strongest of each kind are those drawn)
    const alsoIn = (v) => among ? `FILTER (?${v} IN (${focus.map(iri).join(', ')}))` : '';
    parts.push(['role', `SELECT ?source ?target (SAMPLE(?r) AS ?label) (COUNT(DISTINCT ?d) AS ?weight) WHERE {
        ${values('x', focus)}
        { ?ms org:member ?x ; org:organization ?target . BIND (?x AS ?source) ${alsoIn('target')} }
        UNION { ?ms org:organization ?x ; org:member ?source . BIND (?x AS ?target) ${alsoIn('source')} }
        ?ms a org:Membership . ${inDoc('?ms prov:wasDerivedFrom DOC .')}
        OPTIONAL { ?ms org:role ?role . OPTIONAL { ?role rdfs:label ?r } }
        OPTIONAL { ?ms prov:wasDerivedFrom ?d }
      } GROUP BY ?source ?target ?role` + lim]);
    // claims made by the focus, and claims whose content names it (schema:mentions, written with
    // the graph): two subqueries, each starting from what is bound, because one UNION over both is
    // evaluated without the VALUES (slow)
    parts.push(['claim-by', `SELECT ?source ?target (COUNT(DISTINCT ?c) AS ?weight) WHERE {
        ${values('source', focus)}
        ?c prov:wasAttributedTo ?source ; schema:mentions ?target . ${alsoIn('target')}
        ${inDoc('?c prov:wasDerivedFrom DOC .')}
        FILTER (?target != ?source)
      } GROUP BY ?source ?target` + lim]);
    if (!among) {
      parts.push(['claim-about', `SELECT ?source ?target (COUNT(DISTINCT ?c) AS ?weight) WHERE {
          ${values('target', focus)}
          ?c schema:mentions ?target ; prov:wasAttributedTo ?source .
          ${inDoc('?c prov:wasDerivedFrom DOC .')}
          FILTER (?source != ?target)
        } GROUP BY ?source ?target` + lim]);
    }
    // the first line names the query in view.timings
    const rows = await sparql(`# edges, co-mentions ${fromSummary ? 'read from the summary' : 'counted'}
      SELECT ?kind ?source ?target ?label ?weight WHERE {
        ${parts.map(([kind, q]) => `{ { ${q} } BIND ("${kind}" AS ?kind) }`).join('\n        UNION ')}
      }`);
    const of = (kind) => rows.filter((e) => e.kind === kind);
    const by = of('claim-by');
    const seen = new Set(by.map((e) => e.source + ' ' + e.target));
    const claims = by.concat(of('claim-about').filter((e) => !seen.has(e.source + ' ' + e.target)));
    return of('co-mention').concat(of('role'))
      .concat(claims.map((e) => Object.assign(e, { kind: 'claim' })));
  }

  /** Label, type and mentions of the given entities (and unnamed sources). */
  async function describe(iris) {
    if (iris.length === 0) {
      return [];
    }
    // the mentions by name from the corpus summary, or counted apart (inside the documents' graphs),
    // not once for each label and type
    const count = (await summary())
      ? `OPTIONAL { GRAPH ${SUMMARY} { ?e ng:mentionCount ?n } }`
      : `OPTIONAL { SELECT ?e (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ${values('e', iris)} ?m itsrdf:taIdentRef ?e ${inDoc('; nif:referenceContext DOC')}
           FILTER NOT EXISTS { ?m a ng:AnaphoricMention } } } GROUP BY ?e }`;
    return sparql(`SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?mentions) WHERE {
        ${values('e', iris)}
        ?e a ?t . VALUES ?t { ${ENTITY_TYPES} ng:UnnamedSource }
        OPTIONAL { ?e rdfs:label ?l }
        ${count}
      } GROUP BY ?e`);
  }

  function layout(fit) {
    const t0 = performance.now();
    const big = cy.nodes().length > 600;
    cy.layout(big
      ? { name: 'concentric', animate: false, fit: fit, padding: 30, concentric: (n) => n.degree(), levelWidth: () => 2 }
      : { name: 'cose', animate: false, randomize: fit, fit: fit, padding: 30, idealEdgeLength: () => 100,
          nodeOverlap: 20, componentSpacing: 100, nodeRepulsion: () => 400000, edgeElasticity: () => 100,
          nestingFactor: 5, gravity: 80, numIter: 1000, initialTemp: 200, coolingFactor: 0.95, minTemp: 1.0 }).run();
    view.timings.push({ query: 'layout of ' + cy.nodes().length + ' nodes', ms: Math.round(performance.now() - t0) });
  }

  /**
   * Places new neighbours on a ring around the node they were loaded for, leaving every other node
   * where it is (the drawing the reader has in mind stays; no layout of the whole graph per click).
   */
  function ring(center, nodes) {
    const t0 = performance.now();
    const p = center.position(), n = nodes.length, r = 90 + 9 * n;
    nodes.forEach((node, i) => {
      const a = 2 * Math.PI * i / Math.max(n, 1);
      node.position({ x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a) });
    });
    view.timings.push({ query: 'ring of ' + n + ' nodes', ms: Math.round(performance.now() - t0) });
  }

  /** Hides the edges of the kinds not ticked; restyles only the edges whose state changes. */
  function applyKinds() {
    const shown = new Set(Array.from(document.querySelectorAll('#kinds input:checked')).map((i) => i.value));
    // (toggleClass(c, flag) restyles every edge it is given, changed or not)
    const flip = cy.edges().filter((e) => e.hasClass('hidden') === shown.has(e.data('kind')));
    cy.batch(() => flip.forEach((e) => e.toggleClass('hidden')));
    status();
  }

  function status(text) {
    $('status').textContent = text || (cy.nodes().length + ' nodes, ' + cy.edges(':visible').length + ' edges shown');
  }

  function fail(e) {
    view.errors.push(String(e));
    $('status').textContent = 'Error: ' + e.message;
    console.error(e);
  }

  /** The first view: the most-mentioned entities and the edges among them. */
  async function overview() {
    status('loading…');
    cy.elements().remove();
    state.expanded.clear();
    // the counts first, inside the documents' graphs (a mention is in one graph: counting there needs
    // no removal of repeats), then the types and labels of the ones kept only
    const counts = (await summary())
      ? `GRAPH ${SUMMARY} { ?e ng:mentionCount ?mentions }`
      : `{ SELECT ?e (COUNT(?m) AS ?mentions) WHERE {
                GRAPH ?g { ?m itsrdf:taIdentRef ?e . ${inDoc('?m nif:referenceContext DOC .')} FILTER NOT EXISTS { ?m a ng:AnaphoricMention } }
              } GROUP BY ?e }`;
    // the type and label of the ones kept looked up for each (OPTIONAL), not joined with every
    // entity of the store (PolNeAR train: 282 -> 78 ms of CPU alone, the same 60 rows)
    const types = ENTITY_TYPES.split(' ').join(', ');
    const top = await sparql(`SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) ?mentions WHERE {
        { SELECT DISTINCT ?e ?mentions WHERE {
            ${counts}
            ?e a ?t0 FILTER (?t0 IN (${types}))
          } ORDER BY DESC(?mentions) ?e LIMIT ${OVERVIEW_NODES} }
        OPTIONAL { ?e a ?t FILTER (?t IN (${types})) }
        OPTIONAL { ?e rdfs:label ?l }
      } GROUP BY ?e ?mentions ORDER BY DESC(?mentions) ?e`);
    // draw the nodes at once, then the edges when their queries are answered
    addNodes(top);
    cy.one('render', () => {
      if (view.firstDraw === null) {
        view.firstDraw = performance.now();
      }
    });
    layout(true);
    status(top.length === 0 ? 'The store holds no entities' + (state.doc ? ' in this document' : '') : 'loading edges…');
    if (top.length > 0) {
      addEdges(await edgesOf(top.map((r) => r.e), OVERVIEW_EDGES, true));
      layout(true);
      applyKinds();
    }
    if (view.firstDraw === null) {
      view.firstDraw = performance.now();
    }
    if (view.complete === undefined) {
      view.complete = performance.now();
    }
    view.ready = true;
  }

  /** Loads the neighbourhood of a node: its strongest edges of each kind and their other ends. */
  async function expand(id) {
    if (state.expanded.has(id)) {
      return;
    }
    state.expanded.add(id);
    const edges = await edgesOf([id], NEIGHBOURS);
    const others = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter((x) => cy.getElementById(x).empty());
    const center = cy.getElementById(id);
    const described = await describe(others);
    // one batch: the new nodes and edges are styled and drawn once
    cy.batch(() => {
      ring(center, addNodes(described, center));
      addEdges(edges);
      center.addClass('expanded');
    });
    applyKinds();
  }

  /** Puts an entity in the graph (when it is not), selects it, loads its neighbours and details. */
  async function focus(id) {
    view.clicked = performance.now();
    if (cy.getElementById(id).empty()) {
      addNodes(await describe([id]));
      cy.getElementById(id).position({ x: cy.width() / 2, y: cy.height() / 2 });
    }
    view.selected = id;
    cy.nodes().unselect();
    const n = cy.getElementById(id);
    n.select();
    await Promise.all([details(id), expand(id)]);
    cy.animate({ center: { eles: cy.getElementById(id) }, zoom: Math.max(cy.zoom(), 0.7) }, { duration: 200 });
  }

  // ---- details ---------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') {
        e.className = v;
      } else if (k.startsWith('data-')) {
        e.setAttribute(k, v);
      } else {
        e[k] = v;
      }
    }
    for (const c of children) {
      e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
    }
    return e;
  }

  /**
   * The text of a window (which starts at character offset start of its document) with the
   * given spans marked; offsets count code points, as in the graph.
   */
  function highlighted(text, start, spans) {
    const chars = Array.from(text || '');
    const cls = new Array(chars.length).fill('');
    const rank = { content: 1, org: 2, mention: 2, source: 3, cue: 4 };
    for (const s of spans) {
      for (let i = Math.max(0, s.b - start); i < Math.min(chars.length, s.e - start); i++) {
        if (!cls[i] || rank[s.kind] > rank[cls[i]]) {
          cls[i] = s.kind;
        }
      }
    }
    const out = el('span', { class: 'sentence' });
    let i = 0;
    while (i < chars.length) {
      let j = i;
      while (j < chars.length && cls[j] === cls[i]) {
        j++;
      }
      const piece = chars.slice(i, j).join('');
      out.append(cls[i] ? el('mark', { class: cls[i], title: cls[i] }, piece) : document.createTextNode(piece));
      i = j;
    }
    return out;
  }

  /**
   * The documents whose graphs hold the entity's claims (by it, about it) and mentions (a
   * document's graph is named by its IRI), in file order, each with how many of each: where the
   * entity's lists begin. One pass over the entity's quads, with no lookup per claim or mention
   * (the lists' own queries join only the documents that hold their first items).
   */
  function documentsOf(id) {
    if (state.doc) {
      return Promise.resolve([{ g: state.doc, file: '', by: '1', about: '1', mentions: '1' }]);
    }
    return sparql(`SELECT ?g ?file ?by ?about ?mentions WHERE {
        { SELECT ?g (COUNT(?x) AS ?by) (COUNT(?y) AS ?about) (COUNT(?z) AS ?mentions) WHERE {
            { GRAPH ?g { ${claimPattern(id, false).replace(/\?c\b/g, '?x')} } }
            UNION { GRAPH ?g { ${claimPattern(id, true).replace(/\?c\b/g, '?y')} } }
            UNION { GRAPH ?g { ?z itsrdf:taIdentRef ${iri(id)} } }
          } GROUP BY ?g }
        ?g dcterms:identifier ?file
      } ORDER BY ?file`);
  }

  const BEFORE = { by: 'ng:priorClaimsBy', about: 'ng:priorClaimsAbout', mentions: 'ng:priorMentions' };

  /**
   * A list of the entity's (kind: by, about, mentions) from the summary's list starts, in one request:
   * its first limit items in file order lie in the documents whose count before (in file order) is
   * under limit (each holds at least one), so those documents' graphs are the ?g the list reads, with
   * no count per document asked first. A count may include what the list leaves out: when fewer
   * rows come back and the entity has documents past them (the row with ?beyond), it is read as
   * without list starts (fallback). The same rows as reading every document.
   */
  async function fromListStarts(id, kind, limit, counted, list, fallback) {
    if (counted || !(await listStarts())) {
      return fallback();
    }
    const at = `GRAPH ${SUMMARY} { ?start ng:entity ${iri(id)} ; ${BEFORE[kind]} ?before .`;
    const rows = await list(`${at} FILTER (?before < ${limit}) ?start ng:document ?g }`,
      `SELECT (COUNT(?start) AS ?beyond) WHERE { ${at} FILTER (?before >= ${limit}) } }`);
    const items = rows.filter((r) => r.beyond === undefined);
    return items.length < limit && rows.some((r) => +r.beyond > 0) ? fallback() : items;
  }

  /** The list query with, when beyond is given, the row it selects (ordered first, by the list's order). */
  function withBeyond(query, beyond, order) {
    return beyond ? `SELECT * WHERE { { ${query} } UNION { ${beyond} } } ORDER BY ${order}` : query;
  }

  /** The documents that hold some of what count (by, about, mentions) counts, with that count as n. */
  function holding(docs, count) {
    return docs.filter((d) => +d[count] > 0).map((d) => ({ g: d.g, file: d.file, n: d[count] }));
  }

  /**
   * The first limit rows of a list in file order, read from the first of the documents (in file
   * order) that hold them: documents are taken until their counts reach the limit (and every one
   * with the file name of the last taken); a count may include what the list leaves out, so when
   * fewer rows come back and documents are left, more are taken. The same rows as reading every
   * document, without joining thousands of claims or mentions to their files.
   */
  async function fromFirstDocuments(docs, limit, list) {
    let taken = 0, counted = 0, wanted = limit;
    for (;;) {
      while (taken < docs.length && (counted < wanted || docs[taken].file === docs[taken - 1].file)) {
        counted += +docs[taken].n;
        taken++;
      }
      if (taken === 0) {
        return [];
      }
      const rows = await list(docs.slice(0, taken).map((d) => d.g));
      if (rows.length >= limit || taken >= docs.length) {
        return rows;
      }
      wanted = counted + limit - rows.length;
    }
  }

  /** The pattern of the claims by the entity, or about it (whose content names it: schema:mentions). */
  function claimPattern(id, about) {
    return about
      ? `?c schema:mentions ${iri(id)} ; prov:wasAttributedTo ?src . FILTER (?src != ${iri(id)})`
      : `?c prov:wasAttributedTo ${iri(id)} .`;
  }

  /** The claims by the entity, or about it: the first LIST_LIMIT in file order, with their spans. */
  async function claimList(id, about, docs, limit = LIST_LIMIT, counted = false) {
    const pick = claimPattern(id, about);
    const kind = about ? 'about' : 'by';
    const claims = await fromListStarts(id, kind, limit, counted, (where, beyond) => claimsIn(pick, where, limit, beyond),
      async () => fromFirstDocuments(holding(await docs(), kind), limit, (graphs) => claimsIn(pick, values('g', graphs), limit)));
    return claims.map((c) => Object.assign(c, {
      spans: (c.spans || '').split(' ').filter((x) => x).map((x) => {
        const [kind, b, e] = x.split(':');
        return { kind: kind, b: +b, e: +e };
      })
    }));
  }

  /**
   * The first claims (in file order) in the given documents' graphs, each with the window shown
   * (from the first to the last of its spans and sentences, ng:sentence) and its spans
   * (kind:begin:end); the windows are cut only for the claims listed.
   */
  function claimsIn(pick, where, limit, beyond) {
    return sparql(withBeyond(`SELECT ?c ?doc ?file ?wb ?we (SUBSTR(?str, ?wb + 1, ?we - ?wb) AS ?window) ?spans
        (SAMPLE(?t) AS ?text) (SAMPLE(?q) AS ?quote) (SAMPLE(?sl) AS ?sourceLabel) WHERE {
        { SELECT ?c ?doc ?file (MIN(?b) AS ?wb) (MAX(?e) AS ?we) (GROUP_CONCAT(?span) AS ?spans) WHERE {
            { SELECT DISTINCT ?c ?doc WHERE {
                ${where} GRAPH ?g { ${pick} }
                ?c a ng:Claim ; prov:wasDerivedFrom ?doc . ${inDoc('FILTER (?doc = DOC)')} } }
            ?doc dcterms:identifier ?file .
            { ?c ng:contentSpan ?sp BIND ("content" AS ?kind) } UNION { ?c ng:cueSpan ?sp BIND ("cue" AS ?kind) }
            UNION { ?c ng:sourceSpan ?sp BIND ("source" AS ?kind) } UNION { ?c ng:sentence ?sp }
            ?sp nif:beginIndex ?b ; nif:endIndex ?e .
            BIND (IF(BOUND(?kind), CONCAT(?kind, ":", STR(?b), ":", STR(?e)), "") AS ?span)
          } GROUP BY ?c ?doc ?file ORDER BY ?file ?wb ?c LIMIT ${limit} }
        ?doc nif:isString ?str .
        OPTIONAL { ?c schema:text ?t } OPTIONAL { ?c ng:isQuote ?q }
        OPTIONAL { ?c prov:wasAttributedTo/rdfs:label ?sl }
      } GROUP BY ?c ?doc ?file ?wb ?we ?str ?spans ORDER BY ?file ?wb ?c`, beyond, '?file ?wb ?c'));
  }

  function renderClaims(list, about) {
    const ul = el('ul', { id: about ? 'claims-about' : 'claims-by' });
    for (const c of list) {
      const li = el('li', { class: 'claim', 'data-claim': c.c });
      if (about) {
        li.append(el('strong', {}, c.sourceLabel || 'unnamed'), ': ');
      }
      li.append(c.window ? highlighted(c.window, +c.wb, c.spans) : el('span', {}, c.text));
      li.append(' ', el('span', { class: 'source-file' }, c.file + (c.quote === 'true' ? ' · quote' : '')));
      ul.append(li);
    }
    return ul;
  }

  async function roleList(id) {
    const roles = await sparql(`SELECT ?ms ?role ?other ?otherLabel ?doc ?file WHERE {
        # the other end's label inside each branch: a membership without an organisation leaves
        # ?other unbound, and an OPTIONAL on it outside would match every label of the store
        { ?ms org:member ${iri(id)} ; a org:Membership .
          OPTIONAL { ?ms org:organization ?other . OPTIONAL { ?other rdfs:label ?otherLabel } } }
        UNION { ?ms org:organization ${iri(id)} ; a org:Membership ; org:member ?other .
                OPTIONAL { ?other rdfs:label ?otherLabel } }
        OPTIONAL { ?ms org:role/rdfs:label ?role }
        OPTIONAL { ?ms prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?file }
        ${inDoc('?ms prov:wasDerivedFrom DOC .')}
      } ORDER BY ?file ?role LIMIT ${LIST_LIMIT}`);
    // the sentence each role comes from: the first of that document's sentences that state the
    // membership (ng:sentence), with the words that name the entity and the other end; one query
    // for the first few roles
    const wanted = roles.filter((r) => r.doc).slice(0, ROLE_SENTENCES);
    if (wanted.length > 0) {
      const rows = await sparql(`SELECT ?ms ?doc ?sb ?b1 ?e1 ?b2 ?e2 ?sentence WHERE {
          VALUES (?ms ?doc ?other) { ${wanted.map((r) => '(' + iri(r.ms) + ' ' + iri(r.doc) + ' ' + (r.other ? iri(r.other) : NOTHING) + ')').join(' ')} }
          ?ms ng:sentence ?s . ?s nif:referenceContext ?doc ; nif:beginIndex ?sb ; nif:anchorOf ?sentence .
          OPTIONAL { ?m1 nif:sentence ?s ; itsrdf:taIdentRef ${iri(id)} ; nif:beginIndex ?b1 ; nif:endIndex ?e1 . }
          OPTIONAL { ?m2 nif:sentence ?s ; itsrdf:taIdentRef ?other ; nif:beginIndex ?b2 ; nif:endIndex ?e2 . }
        } ORDER BY ?sb ?b1 ?b2`);
      for (const r of wanted) {
        r.sentence = rows.find((s) => s.ms === r.ms && s.doc === r.doc);
      }
    }
    return roles;
  }

  function renderRoles(id, roles) {
    const ul = el('ul', { id: 'roles' });
    for (const r of roles) {
      const li = el('li', { class: 'role' }, el('strong', {}, r.role || 'member'), r.otherLabel ? ' — ' + r.otherLabel : '');
      if (r.sentence) {
        const s = r.sentence, sb = +s.sb;
        const spans = s.b1 ? [{ kind: 'mention', b: +s.b1, e: +s.e1 }] : [];
        if (s.b2) {
          spans.push({ kind: 'org', b: +s.b2, e: +s.e2 });
        }
        if (r.role) {
          const at = s.sentence.toLowerCase().indexOf(r.role.toLowerCase());
          if (at >= 0) {
            const b = Array.from(s.sentence.slice(0, at)).length;
            spans.push({ kind: 'cue', b: sb + b, e: sb + b + Array.from(r.role).length });
          }
        }
        li.append(el('br'), highlighted(s.sentence, sb, spans));
      }
      li.append(' ', el('span', { class: 'source-file' }, r.file || ''));
      ul.append(li);
    }
    return ul;
  }

  async function mentionList(id, docs, limit = LIST_LIMIT * 2, counted = false) {
    return fromListStarts(id, 'mentions', limit, counted, (where, beyond) => mentionsIn(id, where, limit, beyond),
      async () => fromFirstDocuments(holding(await docs(), 'mentions'), limit, (graphs) => mentionsIn(id, values('g', graphs), limit)));
  }

  /**
   * The first mentions (in file order) of the entity in the given documents' graphs, with their
   * sentences: chosen before any sentence's text is read (a mention lies inside its sentence, so
   * file and mention start give the order of file, sentence start, mention start); the sentence's
   * text is written with the graph (its nif:anchorOf).
   */
  function mentionsIn(id, where, limit, beyond) {
    return sparql(withBeyond(`SELECT ?file ?s ?sb ?b ?e ?sentence WHERE {
        { SELECT ?m ?s ?doc ?file ?b WHERE {
            ${where}
            GRAPH ?g { ?m itsrdf:taIdentRef ${iri(id)} ; nif:sentence ?s ; nif:beginIndex ?b ; nif:referenceContext ?doc . }
            ${inDoc('FILTER (?doc = DOC)')}
            ?doc dcterms:identifier ?file .
          } ORDER BY ?file ?b ?m LIMIT ${limit} }
        GRAPH ?h { ?m nif:endIndex ?e . ?s nif:beginIndex ?sb ; nif:anchorOf ?sentence . }
      } ORDER BY ?file ?sb ?b ?m`, beyond, '?file ?sb ?b ?m'));
  }

  function renderMentions(rows) {
    const bySentence = new Map();
    for (const r of rows) {
      const k = r.s;
      if (!bySentence.has(k)) {
        bySentence.set(k, { r: r, spans: [] });
      }
      bySentence.get(k).spans.push({ kind: 'mention', b: +r.b, e: +r.e });
    }
    const ul = el('ul', { id: 'mentions' });
    for (const { r, spans } of bySentence.values()) {
      ul.append(el('li', { class: 'mention' }, highlighted(r.sentence, +r.sb, spans), ' ', el('span', { class: 'source-file' }, r.file)));
    }
    return ul;
  }

  /**
   * The entity's page on the right: its name as soon as it is read, then each list in its place
   * as its query is answered (the lists of an entity with thousands of claims come last).
   */
  async function details(id) {
    const t0 = performance.now();
    const box = $('details');
    box.replaceChildren(el('p', { class: 'hint' }, 'loading…'));
    const docs = once(() => documentsOf(id));   // asked only when the summary has no list starts
    const head = sparql(`SELECT (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?wd) AS ?wikidata) WHERE {
          OPTIONAL { ${iri(id)} rdfs:label ?l } OPTIONAL { ${iri(id)} a ?t }
          OPTIONAL { ${iri(id)} owl:sameAs ?wd FILTER (STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) } }`)
      .then((rows) => rows[0] || {});
    const parts = [
      claimList(id, false, docs).then((by) => [el('h3', {}, 'Claims (' + by.length + ')'), renderClaims(by, false)]),
      roleList(id).then((roles) => [el('h3', {}, 'Roles (' + roles.length + ')'), renderRoles(id, roles)]),
      Promise.all([head, claimList(id, true, docs)]).then(([h, about]) => [
        el('h3', {}, 'Claims about ' + (h.label || 'them') + ' (' + about.length + ')'), renderClaims(about, true)]),
      mentionList(id, docs).then((mentions) => {
        const sentences = new Set(mentions.map((m) => m.s)).size;
        return [el('h3', {}, 'Mentioned in (' + sentences + (mentions.length >= LIST_LIMIT * 2 ? '+' : '') + ' sentences)'),
          renderMentions(mentions)];
      })];
    const h = await head;
    if (view.selected !== id) {
      return;   // another node was clicked meanwhile
    }
    const title = el('h2', { id: 'entity-name' }, h.label || id);
    const type = cy.getElementById(id).data('type') || (h.type || '').replace(/^.*[#/]/, '');
    title.append(el('span', { class: 'type' }, type));
    box.replaceChildren(title);
    if (h.wikidata) {
      box.append(el('p', {}, el('a', { href: h.wikidata, target: '_blank', rel: 'noopener' }, 'Wikidata ' + h.wikidata.replace(/^.*\//, ''))));
    }
    view.timings.push({ query: 'details: name shown', ms: Math.round(performance.now() - t0) });
    const slots = parts.map(() => box.appendChild(el('div', { class: 'part' }, el('p', { class: 'hint' }, 'loading…'))));
    await Promise.all(parts.map((part, i) => part.then((nodes) => {
      if (view.selected === id) {
        slots[i].replaceChildren(...nodes);
      }
    })));
    view.timings.push({ query: 'details: all lists shown', ms: Math.round(performance.now() - t0) });
  }

  // ---- search, filters ---------------------------------------------------------------------

  async function search(text) {
    const q = text.trim();
    const ul = $('results');
    ul.replaceChildren();
    if (!q) {
      return;
    }
    const rows = await sparql(`SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
        ?e a ?t ; rdfs:label ?l . VALUES ?t { ${ENTITY_TYPES} }
        FILTER (CONTAINS(LCASE(?l), LCASE(${literal(q)})))
        OPTIONAL { ?m itsrdf:taIdentRef ?e . ${inDoc('?m nif:referenceContext DOC .')} }
      } GROUP BY ?e ORDER BY DESC(?mentions) ?label LIMIT 20`);
    if (rows.length === 0) {
      ul.append(el('li', { class: 'hint' }, 'No name contains “' + q + '”'));
      return;
    }
    for (const r of rows) {
      const li = el('li', { class: 'result', tabIndex: 0, 'data-iri': r.e },
        r.label, el('span', { class: 'type' }, r.type.replace(/^.*[#/]/, '') + ' · ' + r.mentions + (r.mentions === '1' ? ' mention' : ' mentions')));
      const go = () => focus(r.e).catch(fail);
      li.addEventListener('click', go);
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { go(); } });
      ul.append(li);
    }
  }

  async function documents() {
    const rows = await sparql(`SELECT ?doc ?file (SAMPLE(?h) AS ?headline) WHERE {
        ?doc a ng:Document ; dcterms:identifier ?file . OPTIONAL { ?doc schema:headline ?h }
      } GROUP BY ?doc ?file ORDER BY ?file`);
    const sel = $('document');
    for (const r of rows) {
      const label = r.file + (r.headline ? ' — ' + r.headline.slice(0, 60) : '');
      sel.append(el('option', { value: r.doc }, label));
    }
  }

  /** A function that calls f once, at its first call, and returns what it returned then. */
  function once(f) {
    let r;
    return () => (r === undefined ? (r = f()) : r);
  }

  // the entity page's lists with another limit (counted: without the summary's list starts), for tests
  // that compare them with reading every document
  view.lists = {
    claims: (id, about, limit, counted) => claimList(id, about, once(() => documentsOf(id)), limit, counted),
    mentions: (id, limit, counted) => mentionList(id, once(() => documentsOf(id)), limit, counted),
    fromFirstDocuments: fromFirstDocuments
  };
  summaryHas().then((has) => { view.lists.starts = has.starts; }, () => {});   // (the first view reports a failure)

  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    search($('search').value).catch(fail);
  });
  $('document').addEventListener('change', (ev) => {
    state.doc = ev.target.value;
    $('details').replaceChildren();
    view.selected = null;
    overview().catch(fail);
  });
  $('kinds').addEventListener('change', applyKinds);
  cy.on('tap', 'node', (ev) => focus(ev.target.id()).catch(fail));
  cy.on('dbltap', (ev) => {
    if (ev.target === cy) {
      cy.fit(undefined, 30);
    }
  });

  Promise.all([overview(), documents()]).catch(fail);
})();
