"""The talent network's two-province test network (江苏, 浙江) is where needs are routed."""

from tests.learning.talent.conftest import loaded_regions, network, region_file  # noqa: F401
