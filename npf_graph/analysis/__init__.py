"""Bibliometric analysis of the store: the citation network, co-citation clusters and their labels,
bursts of terms by year, and candidate concepts found by segmentation."""
