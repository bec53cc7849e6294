/** Story clustering: group articles about one event, online or as a batch. */
export { clusterArticles, clusterInPieces, orderForClustering, type ClusterHead, type ClusterResult } from './cluster-articles.js';
export { StoryClusterer, type ClusterInput, type ClusteredStory, type StoryAssignment } from './story-clusterer.js';
export { defaultClusterOptions, resolveClusterOptions, type ClusterOptions } from './options.js';
export { assignBatch, type AssignInput, type AssignResult } from './assign-batch.js';
