import AsahCore
import Ink

/// Lesson text: Markdown (headings, lists, links, images) to HTML that can carry no script. Ink passes
/// raw HTML through, so the source's `<` is escaped first and Ink's output goes through the tag and
/// address allowlist of `SafeHTML` after.
enum LessonMarkdown {
    static func html(_ markdown: String) -> String {
        SafeHTML.clean(MarkdownParser().html(from: SafeHTML.escapeRawHTML(markdown)))
    }
}
