extension User {
    /// Whoever acts for an organisation (or an admin) may start a network, an ecosystem, a programme or a project:
    /// their organisation then keeps it. One rule for every feature, here beside the roles it is made of.
    var mayStartForOrganization: Bool { isAdmin || $organization.id != nil }
}
