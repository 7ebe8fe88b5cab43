import Markup
import Testing

/// Every value a page writes goes through one escaping place: text and attribute values alike.
@Suite struct EscapingTests {
    static let hostile = #""><meta http-equiv="refresh" content="0;url=https://evil.example/masuk"> ' & <b>"#

    @Test func attributeValuesCannotCloseTheirAttribute() {
        let html = Node.input(.type(.text), .name("q"), .value(Self.hostile)).render()
        #expect(!html.contains("<meta"), "no element may be added through a value")
        #expect(html == #"<input type="text" name="q" value="&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/masuk&quot;&gt; &#39; &amp; &lt;b&gt;">"#)
    }

    @Test func everyAttributeIsEscapedAlikeIncludingCustomOnes() {
        for node in [Node.href(Self.hostile), .id(Self.hostile), .class(Self.hostile), .action(Self.hostile),
                     .content(Self.hostile), .attribute(named: "aria-label", value: Self.hostile), .attribute(named: "data-x", value: Self.hostile)] {
            let html = Node.div(node).render()
            #expect(!html.contains("<meta") && !html.contains("<b>"), "\(html)")
            #expect(html.filter { $0 == "\"" }.count == 2, "only the attribute's own quotes stay: \(html)")
        }
    }

    @Test func textIsEscapedAndQuotesStayLiteral() {
        let html = Node.p(.plain(#"<script>alert("x")</script> & 'Tom' &amp;"#)).render()
        #expect(html == #"<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'Tom' &amp;amp;</p>"#)
    }

    @Test func attributesGoIntoTheStartTagWhereverTheyStand() {
        let html = Node.div(.p(.plain("a")), .group(.class("x"), .if(true, .id("y"))), .class("z")).render()
        #expect(html == #"<div class="z" id="y"><p>a</p></div>"#)
    }

    @Test func voidElementsHaveNoEndTagAndBooleanAttributesNoValue() {
        #expect(Node.input(.type(.checkbox), .checked(true), .required(false)).render() == #"<input type="checkbox" checked>"#)
        #expect(Node.option(.value(""), .plain("—")).render() == #"<option value="">—</option>"#)
    }

    @Test func aDocumentStartsWithItsDoctype() {
        let html = HTML(.attribute(named: "lang", value: "id"), .body(.p(.plain("x")))).render()
        #expect(html == #"<!DOCTYPE html><html lang="id"><body><p>x</p></body></html>"#)
    }
}

@Suite struct TableLabelTests {
    @Test func everyBodyCellCarriesItsColumnsHeadingForPhones() {
        let rows = [("K-1", "Baru"), ("K-2", "Diterima")]
        let html = Node.table(.thead(.tr(.th(.plain("Nomor")), .th(.strong(.plain("Tahap & status"))))),
                              .tbody(.forEach(rows) { r in .tr(.td(.plain(r.0)), .td(.attribute(named: "data-label", value: "Sendiri"), .plain(r.1))) })).render()
        #expect(html.hasPrefix("<table data-stack>"))
        #expect(html.contains(#"<td data-label="Nomor">K-1</td>"#) && html.contains(#"<td data-label="Nomor">K-2</td>"#))
        #expect(html.contains(#"<td data-label="Sendiri">Baru</td>"#), "a label set by the view stays")
        #expect(Node.td(.plain("x")).render() == "<td>x</td>")
    }

    @Test func aTableWithoutHeadingsIsLeftAlone() {
        #expect(Node.table(.tr(.td(.plain("a")))).render() == "<table><tr><td>a</td></tr></table>")
    }
}
