package org.newsgraph.ingest;

/** Pages, feeds and lines written for the tests in the shape of real news sites (all text invented). */
final class NewsPages {

    private NewsPages() {
    }

    static final String URL = "https://www.harbourgazette.example/world/2025/03/14/port-strike-ends";
    static final String HEADLINE = "Port strike ends after dockworkers accept new contract";
    static final String P1 = "Dockworkers at the port of Eastmere voted on Thursday to end a nine-day strike, "
            + "accepting a contract that raises wages by 14 percent over four years, union leaders said.";
    static final String P2 = "\u201cThis agreement shows what workers can win when they stand together,\u201d said "
            + "Marta Kowalczyk, the president of the Eastmere Dockworkers Union, outside the union hall.";
    static final String P3 = "The port authority said ships waiting offshore would begin unloading on Friday morning. "
            + "Officials estimated that the backlog of some 40 vessels would take two weeks to clear.";
    static final String P4 = "According to the Chamber of Commerce, the strike cost local businesses about "
            + "$30 million a day, and several retailers warned of empty shelves before the holiday season.";

    /** A full article page: JSON-LD NewsArticle, OpenGraph, navigation, ads, related stories, comments, a cookie notice. */
    static String article(boolean jsonLd) {
        String ld = !jsonLd ? "" : """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"Harbour Gazette","url":"https://www.harbourgazette.example/"},
                 {"@type":"NewsArticle","headline":"%s","datePublished":"2025-03-14T18:05:00+00:00",
                  "author":[{"@type":"Person","name":"Daniel Okafor"}],
                  "publisher":{"@type":"Organization","name":"Harbour Gazette"},
                  "mainEntityOfPage":{"@id":"%s"},"inLanguage":"en-GB",
                  "keywords":"labour,ports,strikes"}]}
                </script>""".formatted(HEADLINE, URL);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s | World | Harbour Gazette</title>
                <meta property="og:title" content="%s">
                <meta property="og:url" content="%s">
                <meta property="og:site_name" content="Harbour Gazette">
                <meta property="article:published_time" content="2025-03-14T18:05:00Z">
                <meta name="author" content="Daniel Okafor">
                <link rel="canonical" href="%s">
                %s
                <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
                <style>.ad-slot{min-height:250px}</style>
                </head>
                <body>
                <div class="cookie-consent" id="cookie-banner"><p>We use cookies to improve your experience on our site.
                 By continuing to browse you agree to our use of cookies. <a href="/privacy">Privacy policy</a></p>
                 <button>Accept all cookies</button></div>
                <header class="site-header"><a href="/">Harbour Gazette</a>
                <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
                <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
                <main>
                <article class="story">
                <h1 class="story-headline">%s</h1>
                <div class="byline">By <a rel="author" href="/staff/dokafor">Daniel Okafor</a></div>
                <div class="timestamp">Published: 18:05, Fri, Mar 14, 2025</div>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
                <figure><img src="/img/port.jpg" alt=""><figcaption>Cranes stand idle at the port of Eastmere on Wednesday. Photo: Lena Ruiz</figcaption></figure>
                <div class="story-body">
                <p>%s</p>
                <p>%s</p>
                <div class="ad-slot advert"><p>Advertisement</p><p>Subscribe to the Harbour Gazette for just $1 a week.</p></div>
                <p>%s</p>
                <aside class="related-stories"><h3>Related stories</h3><ul>
                <li><a href="/a">Ferry operators brace for a busy summer season</a></li>
                <li><a href="/b">City council approves new harbour bridge plan</a></li></ul></aside>
                <p>%s</p>
                </div>
                <div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
                </article>
                <section class="comments" id="comments"><h3>24 comments</h3>
                <div class="comment"><p>Great news for the town, finally the shelves will be full again.</p></div>
                <div class="comment"><p>The union should have held out for more, in my opinion anyway.</p></div></section>
                <div class="most-read"><h3>Most read</h3><ol><li><a href="/c">Storm warning issued for the coast this weekend</a></li>
                <li><a href="/d">Local bakery wins national award for its sourdough</a></li></ol></div>
                </main>
                <footer><p>&copy; 2025 Harbour Gazette. All rights reserved.</p><a href="/terms">Terms</a></footer>
                </body></html>
                """.formatted(HEADLINE, HEADLINE, URL, URL, ld, HEADLINE, P1, P2, P3, P4);
    }

    /** A section front: many headlines and links, no article. */
    static String indexPage() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>World news | Harbour Gazette</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main><ul>");
        for (int i = 0; i < 3; i++) {
            b.append("<li><a href='/s").append(i).append("'>Story ").append(i).append("</a></li>");
        }
        return b.append("</ul></main></body></html>").toString();
    }

    static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Harbour Gazette - World</title><link>https://www.harbourgazette.example/world</link>
                <description>World news</description><language>en-gb</language>
                <item><title>%s</title><link>%s</link>
                <pubDate>Fri, 14 Mar 2025 18:05:00 GMT</pubDate><dc:creator>Daniel Okafor</dc:creator>
                <category>Labour</category><category>Ports</category>
                <description>Dockworkers voted to end a nine-day strike.</description>
                <content:encoded><![CDATA[<p>%s</p><p>%s</p><p>%s</p>]]></content:encoded></item>
                <item><title>Ferry operators brace for a busy summer</title><link>https://www.harbourgazette.example/world/ferries</link>
                <pubDate>Thu, 13 Mar 2025 09:00:00 GMT</pubDate>
                <description><![CDATA[Ferry companies on the Eastmere coast said on Wednesday that bookings for the summer were up by a fifth on last year.]]></description></item>
                </channel></rss>
                """.formatted(HEADLINE, URL, P1, P2, P3);
    }

    static String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                <updated>2025-03-14T18:05:00Z</updated>
                <entry><title>%s</title><link href="%s"/><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2025-03-14T18:05:00Z</updated><published>2025-03-14T18:05:00Z</published>
                <author><name>Daniel Okafor</name></author><category term="Labour"/>
                <content type="html">&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</content></entry>
                </feed>
                """.formatted(HEADLINE, URL, P1, P2);
    }
}
