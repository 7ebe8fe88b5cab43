import Markup

/// The frame every awareness page shares: the public layout (no cookie, no script, quick exit,
/// emergency numbers), the share block, and the links to the other pages.
enum AwarenessPage {
    static let brand = (id: "Info TPPO", en: "Trafficking: know your rights")

    /// `path` is the page's own address when it carries a query (a province chosen), for the language switch.
    static func page(_ page: AwarenessLinks.Page, lang: Lang, url: String, summary: String, path: String? = nil, _ content: [Node]) -> HTML {
        PublicLayout.page(lang(page.title), lang: lang, path: path ?? page.route.path, brand: brand, bodyClass: "awareness",
                          content + [ShareBlock.node(summary: summary, url: url, lang: lang), AwarenessLinks.node(lang: lang, current: page)])
    }
}
