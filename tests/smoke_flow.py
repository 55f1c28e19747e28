"""A smoke flow through an installed or vendored copy of the SDK, run in a subprocess."""

TEMPLATE = """
import sys
{block}import anyio
from {package} import CloudCockpit, BadRequestError, __version__
from {package}.testing import FakeCloudCockpit

async def main():
    fake = FakeCloudCockpit()
    fake.add_tenant("portal.example.com")
    token = fake.issue_token("portal.example.com")
    customer = {{"companyName": "Contoso", "country": "PT", "addressLine1": "R 1", "city": "L", "state": "L",
                "zip": "1", "firstName": "Ada", "lastName": "Test", "email": "a@b.example", "phone": "1",
                "providerCustomers": None}}
    customer_id = fake.add_customer("portal.example.com", customer)
    instance_id = fake.add_provider_instance("portal.example.com", provider="acme")
    async with CloudCockpit("portal.example.com", token=token, transport=fake.transport()) as cc:
        created = await cc.customers.add_provider_instance(
            customer_id, provider_instance_id=instance_id, provider_customer_data=None,
            margin={{"marginRule": {{"name": "Markup"}}, "value": 1}})
        try:
            await cc.customers.retry_provider_customer(customer_id, instance_id)
        except BadRequestError as exc:
            print("ok", __version__, created == str(instance_id), exc.status_code)

anyio.run(main)
"""

BLOCK_ORIGINAL = (
    'sys.modules["cloudcockpit_client"] = None  # any absolute import of the original now fails\n'
)


def smoke_script(package: str) -> str:
    """The script for ``package`` (e.g. ``acme_service._vendor.cloudcockpit_client``).

    It prints ``ok <version> True 400`` when onboarding and a refused retry behave.
    """
    block = BLOCK_ORIGINAL if package != "cloudcockpit_client" else ""
    return TEMPLATE.format(package=package, block=block)
