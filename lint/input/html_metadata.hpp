// The author, date and links of an HTML page that its readable text does not show: <meta>
// tags (name, property or itemprop), JSON-LD (schema.org Article, MedicalWebPage), <time
// datetime>, a rel="author" link, and the web links among the text that is read (a page
// that names its own address has its links to its own site left out).
#pragma once

#include <gumbo.h>

#include "text/page_metadata.hpp"

namespace medlint {

/// A <meta> tag naming the page's author, its date of publication, modification or review,
/// or its address (og:url: the site's own links are not sources).
void read_meta_tag(const GumboElement& meta, PageMetadata& metadata);
/// A <link rel="canonical">: the page's own address.
void read_canonical_link(const GumboElement& link, PageMetadata& metadata);
/// A <script type="application/ld+json">: "author" and "reviewedBy" names, "datePublished",
/// "dateModified", "dateCreated" and "lastReviewed", in any object of the document.
void read_json_ld(const GumboElement& script, PageMetadata& metadata);
/// An element of the text that is read: <a href> (a web link; rel="author" also names the
/// author) and <time datetime>. True for an <a> that leads to a web page.
bool read_inline_metadata(const GumboElement& element, PageMetadata& metadata);

}  // namespace medlint
