#include "export/svg_chart.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/text.hpp"
#include "fonts/font_chain.hpp"

namespace mandalart {
namespace {

constexpr const char* kKoreanFamilies =
    "'Noto Sans CJK KR', 'Noto Sans KR', NanumGothic, 'Nanum Gothic', 'Malgun Gothic', "
    "'Apple SD Gothic Neo', 'Source Han Sans K'";
constexpr const char* kEmojiFamilies[] = {"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"};
constexpr double kMarginMm = 12.0;

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string colour(Colour c) { return format_colour(c); }

// Lines centred on (cx, middle); `middle` is the vertical centre of the block of lines.
void write_text(std::ostream& out, const PictureText& t, double cx, double middle) {
    if (t.lines.empty() || (t.lines.size() == 1 && t.lines[0].empty())) return;
    const double line = t.size * kLineHeightEm;
    // Baseline of the first line: the block's top plus about 0.8 em (ascent of a Korean font).
    const double first = middle - line * static_cast<double>(t.lines.size()) / 2.0 + t.size * 0.92;
    out << "<text x=\"" << number(cx) << "\" y=\"" << number(first) << "\" font-size=\"" << number(t.size)
        << "\" fill=\"" << colour(t.colour) << "\"" << (t.bold ? " font-weight=\"bold\"" : "") << ">";
    for (std::size_t i = 0; i < t.lines.size(); ++i)
        out << "<tspan x=\"" << number(cx) << "\"" << (i == 0 ? "" : " dy=\"" + number(line) + "\"") << ">"
            << xml_escape(t.lines[i]) << "</tspan>";
    out << "</text>\n";
}

void write_rect(std::ostream& out, const PictureRect& r, double corner, Colour fill, const std::string& extra) {
    out << "<rect x=\"" << number(r.x) << "\" y=\"" << number(r.y) << "\" width=\"" << number(r.w) << "\" height=\""
        << number(r.h) << "\" rx=\"" << number(corner) << "\" fill=\"" << colour(fill) << "\"" << extra << "/>\n";
}

void write_cell(std::ostream& out, const PictureCell& c) {
    write_rect(out, c.box, c.corner, c.fill,
               " stroke=\"" + colour(c.border) + "\" stroke-width=\"" + number(c.stroke) + "\"");
    if (c.progress) {
        write_rect(out, c.bar, c.bar.h / 2, c.bar_colour, " fill-opacity=\"0.25\"");
        if (*c.progress > 0) write_rect(out, {c.bar.x, c.bar.y, c.bar.w * *c.progress, c.bar.h}, c.bar.h / 2, c.bar_colour, "");
    }
    write_text(out, c.percent, c.centre_x(), c.percent_middle);
    write_text(out, c.text, c.centre_x(), c.text_middle);
}

}  // namespace

PaperSize paper_size(Paper paper) { return paper == Paper::A3 ? PaperSize{297, 420} : PaperSize{210, 297}; }

std::string xml_escape(const std::string& text) {
    std::string out;
    for (const char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += ch;
        }
    }
    return out;
}

// The font-family list: the Korean faces, then the fallback faces this machine draws the chart's
// other characters with (Hanja, Chinese, symbols, emoji), so a viewer finds the same ones.
std::string font_families(const ChartPicture& pic) {
    FontChain chain;
    std::string text;
    for (const std::string& line : pic.title.lines) text += line;
    for (const PictureCell& c : pic.cells)
        for (const std::string& line : c.text.lines) text += line;
    for (const char32_t c : decode_utf8(text))
        if (!is_invisible(c)) chain.face_for(c);
    std::string families = kKoreanFamilies;
    const auto add = [&](const std::string& family) {
        if (families.find("'" + family + "'") == std::string::npos) families += ", '" + xml_escape(family) + "'";
    };
    for (const FontFace* face : chain.fallbacks_used()) add(face->family);
    for (const char* family : kEmojiFamilies) add(family);
    return families + ", sans-serif";
}

std::string chart_svg(const Plan& plan, const PlanStats* stats, Paper paper) {
    const PaperSize page = paper_size(paper);
    const ChartPicture pic = make_chart_picture(plan, stats, page.width_mm - 2 * kMarginMm);
    const double top = std::max(kMarginMm, (page.height_mm - pic.height) / 2);  // centred on the page
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(page.width_mm) << "mm\" height=\""
        << number(page.height_mm) << "mm\" viewBox=\"0 0 " << number(page.width_mm) << " " << number(page.height_mm)
        << "\">\n<title>" << xml_escape(pic.title.lines.empty() ? std::string{} : pic.title.lines[0]) << "</title>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"" << colour(pic.background) << "\"/>\n"
        << "<g transform=\"translate(" << number(kMarginMm) << " " << number(top) << ")\" font-family=\""
        << font_families(pic) << "\" text-anchor=\"middle\">\n";
    write_text(out, pic.title, pic.width / 2, pic.title_middle);
    write_text(out, pic.subtitle, pic.width / 2, pic.subtitle_middle);
    for (const PictureCell& c : pic.cells) write_cell(out, c);
    out << "</g>\n</svg>\n";
    return out.str();
}

}  // namespace mandalart
