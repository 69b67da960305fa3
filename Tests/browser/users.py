"""The people the browser tests sign in as, created with `solmu user create` on the database the server will use.
Run by conftest for its own server, and by `.ci/run` (`python3 Tests/browser/users.py BINARY`) for the PostgreSQL one."""
import subprocess
import sys

EDITOR_EMAIL = "browser-editor@example.fi"
EDITOR_PASSWORD = "selenium-password-1"
# The editor acts for a regional town, so that it keeps that town's ecosystem (and no network it does not coordinate).
EDITOR_ORGANIZATION = "Iisalmen kaupunki"
# A project manager: Rauma's contact person in the regional towns' project, signed in as that person.
MANAGER_EMAIL = "browser-manager@example.fi"
MANAGER_PASSWORD = "selenium-password-2"
# The 6Aika strategy office: acts for Forum Virium Helsinki, so it keeps 6Aika and its governing bodies.
OFFICE_EMAIL = "browser-office@example.fi"
OFFICE_PASSWORD = "selenium-password-3"
# An outside expert who reviews applications: acts for no organisation, so has no conflict with any consortium.
REVIEWER_EMAIL = "browser-reviewer@example.fi"
REVIEWER_PASSWORD = "selenium-password-4"
# SIXNET's organiser: acts for Business Tampere, the network's coordinator, so it keeps SIXNET and organises its events.
ORGANISER_EMAIL = "browser-organiser@example.fi"
ORGANISER_PASSWORD = "selenium-password-5"
ORGANISER_ORGANIZATION = "Business Tampere"
# An applicant: acts for the City of Tampere, so may draft applications with Tampere as the lead (one applies only for
# the organisation one acts for).
APPLICANT_EMAIL = "browser-applicant@example.fi"
APPLICANT_PASSWORD = "selenium-password-6"

USERS = [
    (EDITOR_EMAIL, EDITOR_PASSWORD, "Selma Selenium", ["--organization", EDITOR_ORGANIZATION]),
    (MANAGER_EMAIL, MANAGER_PASSWORD, "Heikki Nurmi", ["--organization", "Rauman kaupunki", "--person", "Heikki Nurmi"]),
    (OFFICE_EMAIL, OFFICE_PASSWORD, "Olli Office", ["--organization", "Forum Virium Helsinki"]),
    (REVIEWER_EMAIL, REVIEWER_PASSWORD, "Riikka Reviewer", []),
    (ORGANISER_EMAIL, ORGANISER_PASSWORD, "Onni Organiser", ["--organization", ORGANISER_ORGANIZATION]),
    (APPLICANT_EMAIL, APPLICANT_PASSWORD, "Aino Applicant", ["--organization", "Tampereen kaupunki"]),
]


def create(binary, env=None):
    for email, password, name, extra in USERS:
        subprocess.run([binary, "user", "create", "--email", email, "--role", "editor", "--name", name, *extra],
                       input=password + "\n", text=True, env=env, check=True, capture_output=True)


if __name__ == "__main__":
    create(sys.argv[1])
