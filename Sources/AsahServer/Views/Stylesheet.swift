import Foundation

/// The one stylesheet, mobile-first (`Resources/asah.css`, compiled into the binary), served from
/// memory so a fresh install needs no Public folder.
enum Stylesheet {
    static let path = SitePath.stylesheet.link()

    static let css = String(decoding: PackageResources.asah_css, as: UTF8.self)
}
