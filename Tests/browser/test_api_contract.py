"""The OpenAPI document checked against the running server: the document is valid OpenAPI 3.1,
and what the server answers matches what the document says, for success and for problems."""
import jsonschema
import pytest
import requests
from openapi_spec_validator import validate


@pytest.fixture(scope="module")
def document(base_url):
    doc = requests.get(f"{base_url}/api/v1/openapi.json", timeout=10).json()
    validate(doc)
    return doc


def schema_for(document, path, method, status, media="application/json"):
    response = document["paths"][path][method]["responses"][str(status)]
    schema = dict(response["content"][media]["schema"])
    schema["components"] = document["components"]  # so that #/components/... refs resolve
    return schema


def check(document, base_url, path, method="get", status=200, media="application/json", url_path=None, **kwargs):
    reply = requests.request(method.upper(), f"{base_url}/api/v1{url_path or path}", timeout=20, **kwargs)
    assert reply.status_code == status, reply.text[:300]
    assert reply.headers["content-type"].startswith(media)
    jsonschema.Draft202012Validator(schema_for(document, path, method, status, media)).validate(reply.json())
    return reply.json()


def test_lists_match_their_schemas(document, base_url):
    assert len(check(document, base_url, "/regions")["items"]) == 19
    assert check(document, base_url, "/municipalities")["total"] == 308
    check(document, base_url, "/municipalities", url_path="/municipalities?region=06")
    check(document, base_url, "/competences")
    found = check(document, base_url, "/organizations", url_path="/organizations?q=tampere&limit=50")
    names = [item["name"] for item in found["items"]]
    assert "Business Tampere" in names and "Tampereen kaupunki" in names
    check(document, base_url, "/people", url_path="/people?limit=100")
    health = check(document, base_url, "/healthz")
    assert health["database"] in ("sqlite", "postgresql")


def test_single_items_match_their_schemas(document, base_url):
    first = requests.get(f"{base_url}/api/v1/organizations?limit=1", timeout=10).json()["items"][0]
    check(document, base_url, "/organizations/{id}", url_path=f"/organizations/{first['id']}")
    check(document, base_url, "/regions/{code}", url_path="/regions/06")
    check(document, base_url, "/municipalities/{code}", url_path="/municipalities/837")
    person = requests.get(f"{base_url}/api/v1/people?limit=1", timeout=10).json()["items"][0]
    check(document, base_url, "/people/{id}", url_path=f"/people/{person['id']}")


def test_problems_match_the_problem_schema(document, base_url):
    check(document, base_url, "/organizations/{id}", status=404, media="application/problem+json", url_path="/organizations/987654")
    check(document, base_url, "/organizations", status=422, media="application/problem+json", url_path="/organizations?limit=0")
    problem = check(document, base_url, "/organizations", method="post", status=401, media="application/problem+json",
                    json={"name": "x", "type": "company", "businessId": "1234567-8"})
    assert problem["status"] == 401


def test_csv_downloads(base_url):
    reply = requests.get(f"{base_url}/api/v1/organizations?format=csv&region=06", timeout=20)
    assert reply.headers["content-type"].startswith("text/csv")
    text = reply.content.decode("utf-8")
    assert text.startswith("\ufeffid,name,type,business_id")
    total = requests.get(f"{base_url}/api/v1/organizations?region=06", timeout=10).json()["total"]
    assert len([line for line in text.split("\r\n") if line]) == total + 1


def test_every_documented_get_without_parameters_answers(document, base_url):
    for path, item in document["paths"].items():
        required = [p for p in item.get("get", {}).get("parameters", []) if p.get("required")]
        if "get" in item and "{" not in path and not required:
            reply = requests.get(f"{base_url}/api/v1{path}", timeout=20)
            assert reply.status_code == 200, path
