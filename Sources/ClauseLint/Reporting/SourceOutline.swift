/// What the dais report needs of a document besides its findings: the text it shows
/// and where each resolution begins. Kept only when an HTML report is asked for.
public struct SourceOutline: Sendable {
    public struct Part: Sendable {
        public var title: String
        public var offset: Int
    }

    public var bytes: [UInt8]
    public var resolutions: [Part]

    public init(bytes: [UInt8], resolutions: [Part]) {
        self.bytes = bytes
        self.resolutions = resolutions
    }

    public init(_ document: Document) {
        bytes = document.source.bytes
        resolutions = document.resolutions.enumerated().map { index, resolution in
            var title = resolution.code ?? "Resolution \(index + 1)"
            if let topic = resolution.topic, !topic.isEmpty { title += " — " + topic }
            else if let committee = resolution.committee, !committee.isEmpty { title += " — " + committee }
            return Part(title: title, offset: resolution.startOffset)
        }
    }
}
