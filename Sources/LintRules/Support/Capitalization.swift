/// Gives `word` the capitalisation of `model`'s first letter (`recognizes` as `Recognizes`).
func matchingCase(_ word: String, like model: some StringProtocol) -> String {
    guard let first = model.first, first.isUppercase, let initial = word.first else { return word }
    return initial.uppercased() + word.dropFirst()
}

/// The phrase with its head word replaced (`Strongly recommend` → `Strongly recommends`).
func replacingHead(of phrase: String, head: String, with replacement: String) -> String {
    var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    if let index = words.firstIndex(where: { $0.lowercased() == head }) {
        words[index] = matchingCase(replacement, like: words[index])
    }
    return words.joined(separator: " ")
}
