#include "export/pdf_chart.hpp"

#include <algorithm>
#include <memory>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "storage/atomic_write.hpp"
#include "storage/file_system.hpp"
#include "version.hpp"

namespace mandalart {

bool pdf_in_this_build() { return true; }
std::string pdf_not_in_build() { return {}; }
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMarginMm = 12.0;
// The Korean faces first, as in the SVG; Pango asks fontconfig for whatever they lack.
constexpr const char* kFamilies = "Noto Sans CJK KR, NanumGothic, Noto Sans KR, sans-serif";

// Draws in millimetres on a page measured in points.
class Page {
public:
    explicit Page(cairo_t* cr) : cr_(cr) {}

    void rect(const PictureRect& r, double corner, Colour fill, double alpha = 1.0) {
        path(r, corner);
        cairo_set_source_rgba(cr_, fill.r / 255.0, fill.g / 255.0, fill.b / 255.0, alpha);
        cairo_fill(cr_);
    }
    void border(const PictureRect& r, double corner, Colour colour, double width) {
        path(r, corner);
        cairo_set_source_rgb(cr_, colour.r / 255.0, colour.g / 255.0, colour.b / 255.0);
        cairo_set_line_width(cr_, width * kPointsPerMm);
        cairo_stroke(cr_);
    }
    // Lines centred on (cx, middle), the first baseline where the SVG puts it.
    void text(const PictureText& t, double cx, double middle) {
        if (t.lines.empty() || (t.lines.size() == 1 && t.lines[0].empty())) return;
        const double line = t.size * kLineHeightEm;
        const double first = middle - line * static_cast<double>(t.lines.size()) / 2.0 + t.size * 0.92;
        std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
            pango_font_description_from_string(kFamilies), pango_font_description_free);
        pango_font_description_set_absolute_size(font.get(), t.size * kPointsPerMm * PANGO_SCALE);
        pango_font_description_set_weight(font.get(), t.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        cairo_set_source_rgb(cr_, t.colour.r / 255.0, t.colour.g / 255.0, t.colour.b / 255.0);
        for (std::size_t i = 0; i < t.lines.size(); ++i) {
            PangoLayout* layout = pango_cairo_create_layout(cr_);
            pango_layout_set_font_description(layout, font.get());
            pango_layout_set_text(layout, t.lines[i].c_str(), -1);
            int width = 0, height = 0;
            pango_layout_get_size(layout, &width, &height);
            const double baseline = pango_layout_get_baseline(layout) / static_cast<double>(PANGO_SCALE);
            const double y = (first + line * static_cast<double>(i)) * kPointsPerMm - baseline;
            cairo_move_to(cr_, cx * kPointsPerMm - width / static_cast<double>(PANGO_SCALE) / 2.0, y);
            pango_cairo_show_layout(cr_, layout);
            g_object_unref(layout);
        }
    }

private:
    void path(const PictureRect& r, double corner) {
        const double x = r.x * kPointsPerMm, y = r.y * kPointsPerMm, w = r.w * kPointsPerMm, h = r.h * kPointsPerMm;
        const double c = std::min(corner * kPointsPerMm, std::min(w, h) / 2);
        cairo_new_sub_path(cr_);
        cairo_arc(cr_, x + w - c, y + c, c, -G_PI / 2, 0);
        cairo_arc(cr_, x + w - c, y + h - c, c, 0, G_PI / 2);
        cairo_arc(cr_, x + c, y + h - c, c, G_PI / 2, G_PI);
        cairo_arc(cr_, x + c, y + c, c, G_PI, 3 * G_PI / 2);
        cairo_close_path(cr_);
    }
    cairo_t* cr_;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string chart_pdf(const Plan& plan, const PlanStats* stats, Paper paper) {
    const PaperSize size = paper_size(paper);
    const ChartPicture pic = make_chart_picture(plan, stats, size.width_mm - 2 * kMarginMm);
    const double top = std::max(kMarginMm, (size.height_mm - pic.height) / 2);  // centred on the page, as the SVG
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append, &bytes, size.width_mm * kPointsPerMm, size.height_mm * kPointsPerMm);
    const std::string title = pic.title.lines.empty() ? std::string{} : pic.title.lines[0];
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "mandalart " MANDALART_VERSION);
    cairo_t* cr = cairo_create(surface);
    Page page(cr);
    page.rect({0, 0, size.width_mm, size.height_mm}, 0, pic.background);
    cairo_translate(cr, kMarginMm * kPointsPerMm, top * kPointsPerMm);
    page.text(pic.title, pic.width / 2, pic.title_middle);
    page.text(pic.subtitle, pic.width / 2, pic.subtitle_middle);
    for (const PictureCell& c : pic.cells) {
        page.rect(c.box, c.corner, c.fill);
        page.border(c.box, c.corner, c.border, c.stroke);
        if (c.progress) {
            page.rect(c.bar, c.bar.h / 2, c.bar_colour, 0.25);
            if (*c.progress > 0) page.rect({c.bar.x, c.bar.y, c.bar.w * *c.progress, c.bar.h}, c.bar.h / 2, c.bar_colour);
        }
        page.text(c.percent, c.centre_x(), c.percent_middle);
        page.text(c.text, c.centre_x(), c.text_middle);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    return status == CAIRO_STATUS_SUCCESS ? bytes : std::string{};
}

std::string write_chart_pdf(const Plan& plan, const PlanStats* stats, Paper paper, const std::string& path, FileSystem& fs) {
    const std::string bytes = chart_pdf(plan, stats, paper);
    if (bytes.empty()) return "cannot draw the PDF: cairo failed";
    return atomic_write(fs, path, bytes, Durability::PowerLoss, Privacy::Shared);
}

}  // namespace mandalart
