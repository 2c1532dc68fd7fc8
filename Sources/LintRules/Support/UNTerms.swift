/// Terms the UN Editorial Manual capitalises in a fixed way.
enum UNTerms {
    static let defaults = [
        "Member States", "Member State", "Secretary-General", "Security Council", "General Assembly",
        "United Nations", "Economic and Social Council", "Human Rights Council", "International Court of Justice",
        "Charter of the United Nations", "Sustainable Development Goals", "Deputy Secretary-General",
        "High Commissioner for Refugees", "High Commissioner for Human Rights",
    ]
}
