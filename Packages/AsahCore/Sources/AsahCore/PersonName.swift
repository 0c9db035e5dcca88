import Foundation

/// A civil servant's name as written on documents: gelar depan, name, gelar belakang.
public enum PersonName {
    /// "Dr. Ahmad Siregar, S.Sos., M.Si."
    public static func full(gelarDepan: String?, name: String, gelarBelakang: String?) -> String {
        var out = ""
        if let front = gelarDepan?.trimmingCharacters(in: .whitespaces), !front.isEmpty { out = front + " " }
        out += name
        if var back = gelarBelakang?.trimmingCharacters(in: .whitespaces), !back.isEmpty {
            while back.hasPrefix(",") { back = String(back.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if !back.isEmpty { out += ", " + back }
        }
        return out
    }
}
